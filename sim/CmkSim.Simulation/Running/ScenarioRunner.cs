using CmkSim.Contracts;
using CmkSim.Contracts.Environments;
using CmkSim.Contracts.Tenants;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Tenants;
using CmkSim.Engine.Scheduling;
using CmkSim.Domain.Compliance;
using CmkSim.Grains.Compliance;
using CmkSim.Grains.Environments;
using CmkSim.Grains.Tenants;
using CmkSim.Reports.Model;
using CmkSim.Scenarios;
using CmkSim.Scenarios.Actions;
using CmkSim.Scenarios.Model;
using CmkSim.Simulation.Actions;
using CmkSim.Simulation.Hosting;

namespace CmkSim.Simulation.Running;

/// <summary>
/// Runs one scenario on a fresh engine and embedded silo: declares the tenant, schedules every step as an event at its
/// simulated time, checks expectations when they fall due, samples the timeline, then gathers the audit log and
/// findings. The same scenario and seed give the same result.
/// </summary>
public sealed class ScenarioRunner(HsmOptions hsm, GrainHostFactory? host = null)
{
    /// <summary>How many timeline samples a run takes at most (aggregated, whatever the environment count).</summary>
    private const int SamplesPerRun = 240;

    /// <summary>Owners whose local events run at once by default: enough to keep every core's HSM work busy.</summary>
    public const int DefaultInFlight = 8;

    /// <summary>
    /// On a cluster each call waits on loopback and the other processes: with 8 in flight the cores idled. 10,000/90
    /// on 3 silos: 167-172 s at 8, 144 s at 32, 124 s at 128 (and fewer CPU-seconds: 314-321, 273, 245). One process
    /// gains nothing from more (67.1 s at 128 against 66-70 s at 8).
    /// </summary>
    public const int DefaultClusterInFlight = 128;

    /// <summary>The engine's <see cref="SimulationEngine.InFlight"/>: results are the same for every value.</summary>
    public int InFlight { get; init; } = DefaultInFlight;

    /// <summary>
    /// The engine's <see cref="SimulationEngine.Lookahead"/>: how far apart in simulated time local events may be and
    /// still run side by side. Part of a run's semantics only through stragglers (none in the library).
    /// </summary>
    public static readonly TimeSpan Lookahead = TimeSpan.FromHours(1);

    /// <summary>
    /// One event at a time in queue order, windows of one instant only, steps' calls one by one: for runs whose outcome
    /// depends on the order calls reach a shared grain (Key Vault throttling in virtual time: admission order decides
    /// the 429s). Results of other runs are the same either way.
    /// </summary>
    public bool Sequential { get; init; }

    /// <summary>Told the engine and each phase of the run, for a diagnostic log (none by default).</summary>
    public IRunTrace? Trace { get; init; }

    /// <summary>
    /// Whether the run's outcome depends on the order calls reach a shared grain: Key Vault throttling on (admission
    /// order decides the 429s) or an order-sensitive fault (<see cref="IOrderSensitiveAction"/>). Such runs are
    /// dispatched as if <see cref="Sequential"/> were set.
    /// </summary>
    public static bool OrderSensitive(Scenario scenario) =>
        scenario.Platform.Throttling.Enabled || scenario.Steps.Any(s => s.Do is IOrderSensitiveAction);

    /// <param name="progress">Told the simulated time reached at each checkpoint (for a progress display).</param>
    public async Task<ScenarioRunResult> RunAsync(Scenario scenario, long? seed = null, CancellationToken cancellation = default,
        IProgress<Runs.RunProgress>? progress = null)
    {
        TemplateCheck.ThrowIfInvalid(scenario);
        var sequential = Sequential || OrderSensitive(scenario);
        var engine = new SimulationEngine(seed ?? scenario.Seed) { InFlight = sequential ? 1 : InFlight, Lookahead = sequential ? TimeSpan.Zero : Lookahead };
        Trace?.Started(engine);
        await using var silo = await (host ?? HostFor(scenario))(engine, hsm with { IsolateTokens = true }, cancellation);
        var grains = silo.Grains;
        var start = engine.Now;
        var registry = new RunRegistry();
        Trace?.Phase("tenant");
        await KeyVaultThrottling.ConfigureAsync(grains, scenario.Platform.Throttling);
        await DeclareTenantAsync(grains, scenario.Tenant, silo.Clustered ? EnvironmentVaults.Of(scenario) : new Dictionary<string, string>(),
            sequential ? 1 : InFlight, registry, cancellation);

        var executor = new ActionExecutor(grains, registry, engine.Clock, Path.GetDirectoryName(Path.GetFullPath(scenario.SourcePath))!, engine, sequential ? 1 : InFlight, silo as ISiloControl);
        var steps = new StepOutcome?[scenario.Steps.Count];
        foreach (var step in scenario.Steps)
        {
            engine.Schedule(start + step.At, "scenario", step.Action, async _ => steps[step.Index - 1] = await Execute(executor, step));
        }

        // Views fetched again only for environments that wrote their state since: no O(environments × samples) calls.
        var views = new EnvironmentViews(grains, EnvironmentChanges.Of(engine));
        var evaluator = new ExpectationEvaluator(grains, views, sequential ? 1 : InFlight);
        var sampler = new TimelineSampler(grains, registry, views);
        var timeline = new List<TimelineSample>();
        // State checks, also those inside an anyOf, run when they fall due; their outcomes wait, by reference, for the end.
        var stateOutcomes = new Dictionary<Expectation, ExpectationOutcome>(ReferenceEqualityComparer.Instance);
        var environmentChecks = scenario.Expectations.Select((e, i) => (Expectation: e, Index: i + 1))
            .SelectMany(x => x.Expectation is AnyOfExpectation any ? any.Alternatives.Select(a => (Expectation: a, x.Index)) : [x])
            .Where(x => x.Expectation is EnvironmentExpectation or BackupExpectation or OperationExpectation).Select(x => (x.Expectation, x.Index, At: TimeOf(x.Expectation))).ToList();
        var end = start + scenario.End;
        foreach (var (at, sample) in Checkpoints(start, end, environmentChecks.Select(x => start + x.At)))
        {
            Trace?.Phase("events");
            await engine.RunUntilAsync(at, cancellation);
            Trace?.Checkpoint();
            Trace?.Phase("checks");
            // Between phases too: expectations and samples are grain calls of their own.
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(new Runs.RunProgress(at - start, engine.EventsDispatched));
            foreach (var (expectation, index, _) in environmentChecks.Where(x => start + x.At == at))
            {
                stateOutcomes[expectation] = expectation switch
                {
                    BackupExpectation backup => await evaluator.CheckAsync(index, backup, at, registry),
                    OperationExpectation operation => await evaluator.CheckAsync(index, operation, at, registry),
                    _ => await evaluator.CheckAsync(index, (EnvironmentExpectation)expectation, at),
                };
            }

            if (sample)
            {
                Trace?.Phase("sample");
                timeline.Add(await sampler.TakeAsync(at));
            }
        }

        cancellation.ThrowIfCancellationRequested();
        Trace?.Phase("journal");
        var vaults = registry.Vaults.Append(PlatformVaults.Microsoft).Append(PlatformVaults.Byok);
        var journal = await JournalCollector.CollectAsync(grains, vaults.Union(registry.AddressedVaults), registry.Policies.Union(registry.AddressedPolicies), registry.Environments,
            sequential ? 1 : InFlight);
        var findings = FindingChecks.Run(journal);
        ExpectationOutcome Outcome(Expectation expectation, int index) => expectation switch
        {
            EnvironmentExpectation or BackupExpectation or OperationExpectation => stateOutcomes[expectation],
            PostureExpectation posture => ExpectationEvaluator.Check(index, posture, journal, findings, end),
            RefusalExpectation refusal => ExpectationEvaluator.Check(index, refusal, steps),
            FindingExpectation finding => ExpectationEvaluator.Check(index, finding, findings, start),
            AnyOfExpectation any => ExpectationEvaluator.Combine(index, any, any.Alternatives.Select(a => Outcome(a, index)).ToList()),
            _ => throw new InvalidOperationException($"no check for a {expectation.GetType().Name}"),
        };

        var outcomes = scenario.Expectations.Select((e, i) => Outcome(e, i + 1)).ToList();

        cancellation.ThrowIfCancellationRequested();
        Trace?.Phase("inventory");
        // The views as of the end, most already fetched for the last sample: only those changed since are asked again.
        var inventory = (await views.GetAsync(registry.Environments)).Select(view => (view, view.Policy)).ToList();

        var wraps = new List<double>();
        var unwraps = new List<double>();
        long wrapCount = 0, unwrapCount = 0;
        foreach (var vault in vaults)
        {
            var latencies = await grains.Reference<CmkSim.Contracts.Hsm.IHsmGrain>($"kv-{vault}").GetLatenciesAsync();
            wraps.AddRange(latencies.WrapMicroseconds);
            unwraps.AddRange(latencies.UnwrapMicroseconds);
            wrapCount += latencies.Wraps;
            unwrapCount += latencies.Unwraps;
        }

        var throttling = await KeyVaultThrottling.CollectAsync(grains, scenario.Platform.Throttling, registry.Vaults);

        Trace?.Phase(IRunTrace.Done);
        // A run cancelled at its very end is still cancelled: the caller must not write its report.
        cancellation.ThrowIfCancellationRequested();
        return new ScenarioRunResult(scenario, seed ?? scenario.Seed, start, end,
            steps.Select(s => s ?? StepOutcome.Error("did not run")).ToList(),
            outcomes, findings, journal, timeline, inventory, WallSeconds: 0,
            new CmkSim.Domain.Hsm.HsmLatencies(wraps, unwraps, wrapCount, unwrapCount)) { EventsDispatched = engine.EventsDispatched, Throttling = throttling, ViewFetches = views.Fetched, LocalWindows = engine.LocalBatches };
    }

    /// <summary>The embedded silo, or as many silos in this process as the scenario's <c>platform.silos</c> asks for.</summary>
    private static GrainHostFactory HostFor(Scenario scenario) =>
        scenario.Platform.Silos > 1 ? MultiSiloHost.Factory(scenario.Platform.Silos) : EmbeddedSilo.Factory;

    private static TimeSpan TimeOf(Expectation e) => e switch
    {
        EnvironmentExpectation state => state.At,
        BackupExpectation backup => backup.At,
        OperationExpectation operation => operation.At,
        _ => throw new ArgumentException($"a {e.GetType().Name} has no time", nameof(e)),
    };

    /// <summary>A step that throws is recorded as failed with the error, and the run goes on: nothing already done is lost.</summary>
    private static async Task<StepOutcome> Execute(ActionExecutor executor, ScenarioStep step)
    {
        try
        {
            return await executor.ExecuteAsync(step);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StepOutcome.Error($"error: {e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task DeclareTenantAsync(IGrainFactory grains, TenantSpec tenant, IReadOnlyDictionary<string, string> vaults,
        int inFlight, RunRegistry registry, CancellationToken cancellation)
    {
        var tenantGrain = grains.Reference<ITenantGrain>(TenantKey.Default);
        foreach (var user in tenant.Users)
        {
            var roles = user.Roles.Select(r => r).ToList();
            await tenantGrain.AddUserAsync(new TenantUser(user.Name, roles, user.Licenses, user.Active));
        }

        registry.Environments.AddRange(tenant.Environments.Select(e => e.Name));
        await PlatformVaults.EnsureAsync(grains);
        // A BYOK environment's creation creates its key in the shared BYOK vault, whose journal numbers keys in the
        // order they come: those go one by one, in declaration order. Every other creation touches only its own grain
        // and draws from its own stream: order-free, so parallel.
        foreach (var e in tenant.Environments.Where(e => e.Encryption == InitialEncryption.Byok))
        {
            await CreateAsync(e, cancellation);
        }

        await Parallel.ForEachAsync(tenant.Environments.Where(e => e.Encryption != InitialEncryption.Byok),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(DefaultInFlight, inFlight), CancellationToken = cancellation }, CreateAsync);

        // Creation activates the environment: on a cluster, on the silo of the vault it will use (a hint, no result).
        async ValueTask CreateAsync(ScenarioEnvironment e, CancellationToken _)
        {
            using var near = NearVaultPlacement.Hint(vaults.GetValueOrDefault(e.Name));
            await grains.Reference<IEnvironmentGrain>(e.Name).CreateAsync(new EnvironmentSpec(
                e.Type, e.Region, e.Managed, e.Records,
                e.Encryption == InitialEncryption.Byok, e.FinanceAndOperations == FinanceAndOperations.WithoutIntegration));
        }
    }

    /// <summary>Expectation times and evenly spaced sample times, in order; the end is always sampled.</summary>
    private static IEnumerable<(DateTimeOffset At, bool TimelineSample)> Checkpoints(DateTimeOffset start, DateTimeOffset end, IEnumerable<DateTimeOffset> expectations)
    {
        var interval = TimeSpan.FromTicks(Math.Max(TimeSpan.FromHours(1).Ticks, (end - start).Ticks / SamplesPerRun));
        var samples = new SortedSet<DateTimeOffset>();
        for (var t = start; t < end; t += interval)
        {
            samples.Add(t);
        }

        samples.Add(end);
        return samples.Select(t => (t, true)).Concat(expectations.Where(t => !samples.Contains(t)).Distinct().Select(t => (t, false))).OrderBy(x => x.Item1);
    }
}
