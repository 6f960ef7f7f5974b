package io.bdnn.lowering.rules;

import io.bdnn.bounds.LayerBounds;
import io.bdnn.ir.IrNode;
import io.bdnn.lowering.LoweringContext;
import io.bdnn.lowering.LoweringRule;
import io.bdnn.lowering.Refs;
import io.bdnn.milp.Family;
import io.bdnn.milp.ModelSize;
import io.bdnn.milp.VarType;
import java.util.List;

/**
 * {@code b[k]} becomes one column per neuron, named {@code layer/n<k>/b}, bounded by the bounds
 * analysis (the declared range, or one chosen so that it never binds); a fixed bias becomes a
 * constant.
 */
public final class DeclareBiases implements LoweringRule<IrNode.Biases> {

    @Override
    public Class<IrNode.Biases> accepts() {
        return IrNode.Biases.class;
    }

    @Override
    public void lower(IrNode.Biases node, LoweringContext context) {
        var layer = node.layer();
        LayerBounds bounds = context.bounds(layer);
        Family family = context.family(layer, "b", List.of(new Family.Axis("n", layer.width())), this);
        Refs refs = new Refs(family);
        VarType type = layer.bias().isInteger() ? VarType.INTEGER : VarType.CONTINUOUS;
        for (int k = 0; k < layer.width(); k++) {
            if (node.isFixed(k)) {
                refs.setConstant(k, node.fixed()[k]);
            } else {
                refs.setColumn(k, context.model().addColumn(family, k, bounds.biasLo()[k], bounds.biasHi()[k], type));
            }
        }
        context.define(node, refs);
    }

    @Override
    public ModelSize size(IrNode.Biases node, LoweringContext context) {
        long columns = 0;
        for (int k = 0; k < node.layer().width(); k++) {
            columns += node.isFixed(k) ? 0 : 1;
        }
        return new ModelSize(columns, 0, 0);
    }
}
