namespace CmkSim.Domain.Environments;

/// <summary>
/// The storage resources of an environment that hold customer data under the customer key. Each has its own data
/// key and applies a new key version on its own time (EN-07); the environment is offline as soon as one of them can't
/// unwrap its data key (EN-09, LK-01, EN-08).
/// </summary>
public enum StorageResource
{
    /// <summary>The Dataverse database: the environment's records.</summary>
    Database,

    /// <summary>File and image columns, attachments.</summary>
    FileStorage,

    /// <summary>Dataverse search (the relevance search index).</summary>
    SearchIndex,
}
