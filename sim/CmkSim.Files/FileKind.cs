namespace CmkSim.Files;

/// <summary>What a path names, without following a symbolic link at its end.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A FIFO, socket or device: opening one can block forever or read without end.</summary>
    Special,
}
