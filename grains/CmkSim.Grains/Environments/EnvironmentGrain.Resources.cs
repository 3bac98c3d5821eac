using CmkSim.Contracts.Environments;
using CmkSim.Crypto.Envelope;
using CmkSim.Domain.Data;
using CmkSim.Domain.Environments;
using CmkSim.Domain.Journal;
using CmkSim.Domain.Keys;
using CmkSim.Grains.Journal;

namespace CmkSim.Grains.Environments;

/// <summary>
/// The environment's storage resources (EN-07): the database, file storage and the search index, each with its own
/// AES-256 data key wrapped under a key version and its own records. Whether the environment is online is decided
/// by these wraps alone: a resource whose wrapping version no longer answers can't be read.
/// </summary>
public sealed partial class EnvironmentGrain
{
    /// <summary>Every storage resource, in the order they are created, probed and rolled out.</summary>
    public static readonly IReadOnlyList<StorageResource> Resources = Enum.GetValues<StorageResource>();

    private readonly Dictionary<StorageResource, EncryptedRecordStore> _stores = [];

    private EncryptedRecordStore Dataverse => Store(StorageResource.Database);

    private EncryptedRecordStoreState StateOf(StorageResource resource) => resource switch
    {
        StorageResource.Database => State.Dataverse,
        StorageResource.FileStorage => State.FileStorage,
        _ => State.SearchIndex,
    };

    private void Replace(StorageResource resource, EncryptedRecordStoreState replacement)
    {
        switch (resource)
        {
            case StorageResource.Database: State.Dataverse = replacement; break;
            case StorageResource.FileStorage: State.FileStorage = replacement; break;
            default: State.SearchIndex = replacement; break;
        }

        _stores.Remove(resource);
    }

    /// <summary>
    /// The name the resource's records are bound to (their associated data): the database keeps the environment's
    /// name, as before resources were split, so a record moved between resources fails authentication.
    /// </summary>
    private string StoreId(StorageResource resource) => resource == StorageResource.Database ? Name : $"{Name}/{resource}";

    private EncryptedRecordStore Store(StorageResource resource)
    {
        if (!_stores.TryGetValue(resource, out var store))
        {
            store = new EncryptedRecordStore(StoreId(resource), StateOf(resource),
                new EnvironmentKeyWrapper(GrainFactory, () => State.Principal, () => _defersOnLatency), ReadCache, time);
            _stores[resource] = store;
        }

        return store;
    }

    /// <summary>Drops every store (and its cached plaintext key) after the states were replaced or cleared.</summary>
    private void ForgetStores()
    {
        EvictCachedKeys();
        _stores.Clear();
    }

    /// <summary>No plaintext data key stays in memory (a lock): every store unwraps again.</summary>
    private void EvictCachedKeys()
    {
        foreach (var store in _stores.Values)
        {
            store.EvictCachedKey();
        }
    }

    /// <summary>A fresh data key for every resource, each wrapped under <paramref name="key"/>.</summary>
    private async Task CreateDataKeysAsync(KeyVersionId key)
    {
        foreach (var resource in Resources)
        {
            await Store(resource).CreateDataKeyAsync(key, KeyWrapAlgorithm.RsaOaep);
        }
    }

    /// <summary>Every resource re-wraps its data key under <paramref name="key"/> (encryption, revert: all at once).</summary>
    private async Task RewrapAllAsync(KeyVersionId key)
    {
        foreach (var resource in Resources)
        {
            if (StateOf(resource).DataKey is { } dataKey && dataKey.WrappedBy != key)
            {
                await Store(resource).RewrapAsync(key, KeyWrapAlgorithm.RsaOaep);
            }
        }
    }

    /// <summary>The files and the search index get content of their own, so each resource's key guards real data.</summary>
    private async Task WriteResourceContentAsync()
    {
        await Store(StorageResource.FileStorage).WriteAsync("file-1", System.Text.Encoding.UTF8.GetBytes($"{Name}: attachment"));
        await Store(StorageResource.SearchIndex).WriteAsync("segment-1", System.Text.Encoding.UTF8.GetBytes($"{Name}: search index segment"));
    }

    /// <summary>"Database by v, FileStorage by v, SearchIndex by v": which version wraps each data key.</summary>
    private static string Wraps(IEnumerable<(StorageResource Resource, WrappedDataKey Key)> keys) =>
        string.Join(", ", keys.Select(k => $"{k.Resource} by {k.Key.WrappedBy.Uri}"));

    private IEnumerable<(StorageResource Resource, WrappedDataKey Key)> LiveKeys() =>
        Resources.Where(r => StateOf(r).DataKey is not null).Select(r => (r, StateOf(r).DataKey!));
}
