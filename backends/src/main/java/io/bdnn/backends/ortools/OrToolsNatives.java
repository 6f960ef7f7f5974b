package io.bdnn.backends.ortools;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native libraries exactly once per JVM. {@link Loader#loadNativeLibraries()}
 * unpacks about 70 MB of shared libraries to the temporary folder on every call, so it must not
 * run per solve. The JVM's class-initialisation lock makes the first call thread-safe and lets
 * later calls return at once; a failure is remembered and reported again on every call instead
 * of being retried.
 *
 * <p>Call it before touching any OR-Tools class: several of them (such as
 * {@code MPSolver.ResultStatus}) read constants from native code in their static initialiser,
 * and one that fails there stays unusable ({@code NoClassDefFoundError}) for the life of the JVM.
 */
public final class OrToolsNatives {

    private OrToolsNatives() {
    }

    /**
     * Makes sure the native libraries are loaded.
     *
     * @throws IllegalStateException when they could not be loaded, with the original cause
     */
    public static void load() {
        Throwable failure = Holder.FAILURE;
        if (failure != null) {
            throw new IllegalStateException("OR-Tools native libraries could not be loaded: " + failure, failure);
        }
    }

    /** Whether the libraries are loaded; loads them on the first call. */
    public static boolean available() {
        return Holder.FAILURE == null;
    }

    /** Initialised by the JVM on first use, under its class-initialisation lock. */
    private static final class Holder {
        static final Throwable FAILURE = loadOnce();

        private static Throwable loadOnce() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (RuntimeException | LinkageError e) {
                return e;
            }
        }
    }
}
