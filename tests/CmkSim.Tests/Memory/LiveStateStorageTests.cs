using CmkSim.Simulation.Hosting;

namespace CmkSim.Tests.Memory;

/// <summary>
/// The embedded silo's grain storage keeps each state as the live object last written, with no serialised copy: a
/// grain activated again reads back that object, its records and journal intact.
/// </summary>
public sealed class LiveStateStorageTests
{
    private static readonly GrainId Grain = GrainId.Create("environment", "prod-1");

    [Fact]
    public async Task An_activation_reads_back_the_state_last_written()
    {
        var storage = new LiveStateStorage();
        var written = new GrainState<List<string>>(["record-1", "record-2"]);
        await storage.WriteStateAsync("environment", Grain, written);
        written.State!.Add("record-3"); // not written: still the same object, as the grain that wrote it keeps it

        var read = new GrainState<List<string>>([]);
        await storage.ReadStateAsync("environment", Grain, read);

        Assert.Same(written.State, read.State);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Each_write_has_a_new_etag_and_states_are_kept_apart_by_name_and_grain()
    {
        var storage = new LiveStateStorage();
        var state = new GrainState<List<string>>([]);
        await storage.WriteStateAsync("environment", Grain, state);
        var first = state.ETag;
        await storage.WriteStateAsync("environment", Grain, state);
        Assert.NotEqual(first, state.ETag);

        await storage.WriteStateAsync("vault", Grain, new GrainState<List<string>>(["other"]));
        var unknown = new GrainState<List<string>>(["default"]);
        await storage.ReadStateAsync("environment", GrainId.Create("environment", "prod-2"), unknown);
        Assert.False(unknown.RecordExists);
        Assert.Equal(["default"], unknown.State);
        Assert.Equal(2, storage.Count);
    }

    [Fact]
    public async Task A_cleared_state_is_gone()
    {
        var storage = new LiveStateStorage();
        var state = new GrainState<List<string>>(["record-1"]);
        await storage.WriteStateAsync("environment", Grain, state);
        await storage.ClearStateAsync("environment", Grain, state);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);

        var read = new GrainState<List<string>>([]);
        await storage.ReadStateAsync("environment", Grain, read);
        Assert.False(read.RecordExists);
        Assert.Empty(read.State!);
        Assert.Equal(0, storage.Count);
    }
}
