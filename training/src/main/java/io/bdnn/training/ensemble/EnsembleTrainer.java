package io.bdnn.training.ensemble;

import io.bdnn.compiler.EnsembleMembers;
import io.bdnn.compiler.EnsembleSettings;
import io.bdnn.compiler.ModelDefinition;
import io.bdnn.network.Ensemble;
import io.bdnn.network.Network;
import io.bdnn.solve.SolverOptions;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.StopSignal;
import io.bdnn.training.TrainingListener;
import io.bdnn.training.TrainingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Trains the members of an ensemble, {@code jobs} of them side by side, each by the model's own
 * training method. With {@code time T} and {@code threads t} in the solver statement, each member
 * gets {@code T * jobs / members} seconds (at most T) and {@code max(1, t / jobs)} threads, so
 * that the whole run takes about T on t threads; without {@code threads}, members running side
 * by side get one thread each. A stop (Ctrl-C) lets the running members end with their best
 * network so far, starts no further member, and the ensemble keeps what was trained.
 */
public final class EnsembleTrainer {
    /** Trains one member model: the dispatch to the model's training method. */
    @FunctionalInterface
    public interface MemberTraining {
        TrainingRun train(ModelDefinition member, TrainingListener listener, StopSignal stop);
    }

    /** Hears when a member starts and ends, and every member's best network as it improves. */
    public interface Listener {
        default void memberStarted(EnsembleMembers.Member member) {
        }

        default void memberImproved(EnsembleMembers.Member member, Network best) {
        }

        default void memberFinished(MemberRun run, int done, int total) {
        }
    }

    private EnsembleTrainer() {
    }

    /** The members with their share of the time and threads. */
    public static List<EnsembleMembers.Member> members(ModelDefinition whole, SolverOptions options) {
        return EnsembleMembers.of(whole, memberOptions(whole, options), whole.training().plan().perMipSeconds());
    }

    /** The solver options of each member: its share of the total time and of the threads. */
    public static SolverOptions memberOptions(ModelDefinition whole, SolverOptions options) {
        EnsembleSettings settings = whole.training().plan().ensemble();
        int members = EnsembleMembers.classes(settings, whole.data().classes()).size();
        int jobs = Math.min(settings.jobs(), members);
        Double time = options.timeLimitSeconds() == null ? null
                : Math.min(options.timeLimitSeconds(), options.timeLimitSeconds() * jobs / members);
        Integer threads = options.threads() != null ? Integer.valueOf(Math.max(1, options.threads() / jobs))
                : jobs > 1 ? Integer.valueOf(1) : null;
        return new SolverOptions(options.solver(), time, options.relativeGap(), threads, options.seed());
    }

    /** Trains every member and returns their runs in ensemble order. */
    public static List<MemberRun> train(ModelDefinition whole, List<EnsembleMembers.Member> members,
                                        MemberTraining training, Listener listener, StopSignal stop) {
        int jobs = Math.max(1, Math.min(whole.training().plan().ensemble().jobs(), members.size()));
        ExecutorService pool = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(runnable, "bdnn-member");
            thread.setDaemon(true);
            return thread;
        });
        int[] done = {0};
        try {
            List<Future<MemberRun>> futures = new ArrayList<>();
            for (EnsembleMembers.Member member : members) {
                futures.add(pool.submit(() -> {
                    MemberRun run = trainOne(member, training, listener, stop);
                    synchronized (done) {
                        done[0]++;
                        listener.memberFinished(run, done[0], members.size());
                    }
                    return run;
                }));
            }
            List<MemberRun> runs = new ArrayList<>();
            for (Future<MemberRun> future : futures) {
                runs.add(future.get());
            }
            return runs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ensemble's members", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static MemberRun trainOne(EnsembleMembers.Member member, MemberTraining training, Listener listener,
                                      StopSignal stop) {
        if (stop.isStopped()) {
            return new MemberRun(member, null, null, 0, null);
        }
        listener.memberStarted(member);
        long started = System.nanoTime();
        TrainingListener progress = new TrainingListener() {
            @Override
            public void step(RoundRecord record, Network best, double bestValidationAccuracy) {
                if (best != null) {
                    listener.memberImproved(member, best);
                }
            }
        };
        TrainingRun run;
        try {
            run = training.train(member.definition(), progress, stop);
        } catch (io.bdnn.ast.BdnnException e) {
            return new MemberRun(member, null, null, (System.nanoTime() - started) / 1e9,
                    e.diagnostics().isEmpty() ? e.getMessage() : e.diagnostics().get(0).toString());
        }
        Network network = run.result().hasNetwork() ? run.result().network() : null;
        return new MemberRun(member, run, network, (System.nanoTime() - started) / 1e9, null);
    }

    /** The ensemble of the members that have a network. */
    public static Ensemble ensemble(ModelDefinition whole, List<MemberRun> runs) {
        List<Ensemble.Member> members = new ArrayList<>();
        for (MemberRun run : runs) {
            if (run.network() != null) {
                members.add(new Ensemble.Member(run.member().index(), run.member().classes(), run.network(),
                        run.complete()));
            }
        }
        EnsembleSettings settings = whole.training().plan().ensemble();
        return new Ensemble(settings.scheme(), settings.vote(), members, runs.size(), whole.data().classLabels(),
                whole.scaling());
    }
}
