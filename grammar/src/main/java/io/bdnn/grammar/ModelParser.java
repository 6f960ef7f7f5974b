package io.bdnn.grammar;

import io.bdnn.ast.Ast;
import io.bdnn.ast.Diagnostics;
import io.bdnn.ast.SourceSpan;
import io.bdnn.text.TextFiles;
import io.bdnn.text.Utf8Scanner;
import java.io.IOException;
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
    private ModelParser() {
    }

    /**
     * Parses a model file read from disk as UTF-8; spans name the file as {@code file.toString()}.
     * A file that cannot be read, or is not UTF-8 text, gives a diagnostic ({@link #read}).
     *
     * @return the syntax tree, or null when the file could not be read or had errors
     */
    public static Ast.ModelFile parse(Path file, Diagnostics diagnostics) {
        String text = read(file, diagnostics);
        return text == null ? null : parse(file.toString(), text, diagnostics);
    }

    /**
     * The text of a model file, without a UTF-8 byte order mark; or null after adding the error
     * {@code path: cannot read model file: reason} (missing, a folder, unreadable) or, for a file
     * that is not UTF-8 text, a located one such as {@code path:1:1: file is UTF-16, not UTF-8
     * text; save it as UTF-8} ({@link TextFiles}).
     */
    public static String read(Path file, Diagnostics diagnostics) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diagnostics, "diagnostics");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException exception) {
            diagnostics.error(SourceSpan.none(file.toString()), "cannot read model file: " + reason(file, exception));
            return null;
        }
        Utf8Scanner.Problem problem = TextFiles.problem(bytes);
        if (problem != null) {
            diagnostics.error(new SourceSpan(file.toString(), problem.line(), problem.column(), problem.line(),
                    problem.column()), problem.message());
            return null;
        }
        return TextFiles.decode(bytes);
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
    private static String reason(Path file, Exception exception) {
        if (exception instanceof NoSuchFileException) {
            return "no such file";
        } else if (exception instanceof AccessDeniedException) {
            return "permission denied";
        } else if (Files.isDirectory(file)) {
            return "it is a directory";
        }
        return exception.getMessage() != null ? exception.getMessage() : exception.getClass().getSimpleName();
    }
}
