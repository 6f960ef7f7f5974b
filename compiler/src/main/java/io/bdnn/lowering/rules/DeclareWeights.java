package io.bdnn.lowering.rules;

import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.ModelSize;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code W[k, j] in [lo, hi]} (integral for integer domains) becomes one column per weight,
 * named {@code layer/n<k>/in<j>/w}; a fixed weight becomes a constant and no column.
 */
public final class DeclareWeights implements LoweringRule<IrNode.Weights> {

    @Override
    public Class<IrNode.Weights> accepts() {
        return IrNode.Weights.class;
    }

    @Override
    public void lower(IrNode.Weights node, LoweringContext context) {
        var layer = node.layer();
        Family family = context.family(layer, "w",
                List.of(new Family.Axis("n", layer.width()), new Family.Axis("in", layer.fanIn())), this);
        Refs refs = new Refs(family);
        VarType type = layer.weights().isInteger() ? VarType.INTEGER : VarType.CONTINUOUS;
        for (int k = 0; k < layer.width(); k++) {
            for (int j = 0; j < layer.fanIn(); j++) {
                int local = family.localIndex(k, j);
                if (node.isFixed(k)) {
                    refs.setConstant(local, node.fixed()[k][j]);
                } else {
                    refs.setColumn(local, context.model().addColumn(family, local,
                            layer.weights().lo(), layer.weights().hi(), type));
                }
            }
        }
        context.define(node, refs);
    }

    @Override
    public ModelSize size(IrNode.Weights node, LoweringContext context) {
        long columns = 0;
        for (int k = 0; k < node.layer().width(); k++) {
            columns += node.isFixed(k) ? 0 : node.layer().fanIn();
        }
        return new ModelSize(columns, 0, 0);
    }
}
