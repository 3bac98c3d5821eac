namespace CmkSim.Tests.Fuzz;

/// <summary>Mutations below the text: binary garbage and truncation, which may leave bytes that are not UTF-8.</summary>
public static class ByteMutations
{
    public static (byte[] Bytes, Mutation Mutation) Garbage(byte[] bytes, Random random)
    {
        if (random.Next(4) == 0)
        {
            var all = new byte[random.Next(1, 4096)];
            random.NextBytes(all);
            return (all, new Mutation($"replaced by {all.Length} random bytes"));
        }

        var garbage = new byte[random.Next(1, 256)];
        random.NextBytes(garbage);
        var at = random.Next(bytes.Length + 1);
        return ([.. bytes[..at], .. garbage, .. bytes[at..]], new Mutation($"{garbage.Length} random bytes at byte {at}"));
    }

    public static (byte[] Bytes, Mutation Mutation) Truncate(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length);
        return (bytes[..at], new Mutation($"truncated at byte {at} of {bytes.Length}"));
    }
}
