package io.bdnn.backends.files;

import io.bdnn.compiler.CompiledModel;

/**
 * Where a model file comes from, written into its header comment and its name map so that a
 * solution can be checked against the model it belongs to.
 *
 * @param model        the model's name
 * @param source       the {@code .bdnn} file as given on the command line
 * @param sourceSha256 SHA-256 of the model file's text
 * @param dataSha256   SHA-256 of the loaded data and its split and scale settings
 */
public record Provenance(String model, String source, String sourceSha256, String dataSha256) {

    public static Provenance of(CompiledModel compiled) {
        var definition = compiled.definition();
        return new Provenance(definition.name(), definition.file().toString(), definition.sourceHash(),
                definition.data().dataHash());
    }
}
