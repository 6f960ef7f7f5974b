package io.bdnn.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bdnn.ast.BdnnException;
import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.ensemble.EnsembleTrainer;
import java.io.PrintWriter;

/**
 * {@code --member N} of {@code train}, {@code compile} and {@code import}: one member of an
 * ensemble model as a model of its own, with its in-process share of time and threads, and the
 * provenance {@code bdnn merge} checks.
 */
final class MemberSelection {
    private MemberSelection() {
    }

    /** The model to work on and, for a member, the provenance to stamp on its saved network (else null). */
    record Selected(ModelDefinition definition, ObjectNode provenance) {
    }

    /**
     * The member N (1-based) of an ensemble model, or the model itself without {@code --member}
     * when it declares no ensemble or {@code ensembleAllowed}; null after printing why not.
     */
    static Selected select(ModelDefinition whole, Integer member, SolverOptions options, boolean ensembleAllowed,
                           PrintWriter err) {
        boolean ensemble = whole.training().plan().isEnsemble();
        int count = ensemble ? EnsembleMembers.classes(whole.training().plan().ensemble(), whole.data().classes()).size()
                : 0;
        if (member == null) {
            if (ensemble && !ensembleAllowed) {
                err.println("bdnn: the model '" + whole.name() + "' declares an ensemble of " + count
                        + " members; choose one with --member N (1 to " + count + ")");
                return null;
            }
            return new Selected(whole, null);
        }
        if (!ensemble) {
            err.println("bdnn: --member: the model '" + whole.name() + "' declares no ensemble");
            return null;
        }
        if (member < 1 || member > count) {
            err.println("bdnn: --member: expected a member from 1 to " + count + ", found " + member);
            return null;
        }
        try {
            EnsembleMembers.Member chosen = EnsembleMembers.of(whole, member - 1,
                    EnsembleTrainer.memberOptions(whole, options), whole.training().plan().perMipSeconds());
            return new Selected(chosen.definition(), MemberProvenance.of(whole, chosen, count));
        } catch (BdnnException e) {
            ModelInput.printAll(e.diagnostics(), err);
            return null;
        }
    }
}
