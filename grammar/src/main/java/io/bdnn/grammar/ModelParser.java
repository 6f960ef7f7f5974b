package io.bdnn.grammar;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Reads {@code .bdnn} text into an {@link Ast.ModelFile}. This is the only public door of the
 * grammar module: the ANTLR lexer, parser and parse tree stay behind it.
 *
 * <p>Every lexical and syntax error of the file is added to the given {@link Diagnostics}, in
 * the order of its place in the file, worded as {@code file:line:column: expected ':' after
 * 'hidden', found '3'}. When there was any error the result is null, so the caller stops before
 * checking meaning.
 */
public final class ModelParser {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ModelParser() {
    }

    /**
     * Parses a model file read from disk as UTF-8; spans name the file as {@code file.toString()}.
     * A file that cannot be read gives the error {@code path: cannot read file: reason}.
     *
     * @return the syntax tree, or null when the file could not be read or had errors
     */
    public static Ast.ModelFile parse(Path file, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diagnostics, "diagnostics");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException exception) {
            diagnostics.error(SourceSpan.none(file.toString()), "cannot read file: " + reason(file, exception));
            return null;
        }
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(BYTE_ORDER_MARK.length());
        }
        return parse(file.toString(), text, diagnostics);
    }

    /**
     * Parses model text; {@code fileName} is what the spans and messages call the file.
     *
     * @return the syntax tree, or null when the text had errors
     */
    public static Ast.ModelFile parse(String fileName, String text, Diagnostics diagnostics) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(diagnostics, "diagnostics");
        ErrorCollector errors = new ErrorCollector(fileName);
        CheckingLexer lexer = new CheckingLexer(CharStreams.fromString(text, fileName), errors);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        BdnnParser parser = new BdnnParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new ReadableErrorStrategy());
        BdnnParser.ModelFileContext tree = parser.modelFile();
        Ast.ModelFile model = errors.isEmpty() ? new AstBuilder(errors).build(tree) : null;
        errors.copyTo(diagnostics);
        return errors.isEmpty() ? model : null;
    }

    /** Why a file could not be read, in words rather than an exception's class name. */
    private static String reason(Path file, IOException exception) {
        if (exception instanceof NoSuchFileException) {
            return "no such file";
        } else if (exception instanceof AccessDeniedException) {
            return "permission denied";
        } else if (exception instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        } else if (Files.isDirectory(file)) {
            return "it is a directory";
        }
        return exception.getMessage() != null ? exception.getMessage() : exception.getClass().getSimpleName();
    }
}
