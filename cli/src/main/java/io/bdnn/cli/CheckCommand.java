package io.bdnn.cli;

import io.bdnn.compiler.ModelDefinition;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bdnn check FILE}: diagnostics only. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check a model file and its data; print diagnostics.",
        description = "Exit code 0 when the model is valid, 65 when it is not.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    Options.ModelFile modelFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ModelDefinition definition = modelFile.check(spec.commandLine().getErr());
        if (definition == null) {
            return Main.INVALID_MODEL;
        }
        var data = definition.data();
        spec.commandLine().getOut().printf("%s: model '%s' is valid: %d features, %d classes, %d/%d/%d train/validation/test samples%n",
                modelFile.file, definition.name(), data.features(), data.classes(), data.train().size(),
                data.validation() == null ? 0 : data.validation().size(), data.test() == null ? 0 : data.test().size());
        return 0;
    }
}
