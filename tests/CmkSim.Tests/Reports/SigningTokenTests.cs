using CmkSim.Reports.Signing;
using CmkSim.Reports.Writers;

namespace CmkSim.Tests.Reports;

/// <summary>The installation's persistent signing key: one fingerprint across runs, a folder only its user can read, one key under concurrency.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SigningTokenTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cmksim-signing-").FullName;

    private string Token => Path.Combine(_root, "token");

    [Fact]
    public void Two_opens_of_one_token_give_the_same_fingerprint_from_a_key_only_its_user_can_read()
    {
        var first = SigningToken.Open(Token);
        var second = SigningToken.Open(Token);

        Assert.Equal(first.PublicKey.Fingerprint(), second.PublicKey.Fingerprint());
        Assert.Equal(ReportSigner.KeyBits, first.PublicKey.Bits);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Token));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Token, SigningToken.KeyFile)));
        Assert.True(File.Exists(Path.Combine(Token, SigningToken.MarkerFile)));
        Assert.NotEqual(first.PublicKey.Fingerprint(), SigningToken.Open(Path.Combine(_root, "other")).PublicKey.Fingerprint());
    }

    [Fact]
    public async Task Runs_opening_a_new_token_at_once_all_get_the_one_key_they_made()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => SigningToken.Open(Token))));

        Assert.Single(opened.Select(s => s.PublicKey.Fingerprint()).Distinct());
        Assert.Equal([".cmksim-signing-token", ".lock", SigningToken.KeyFile],
            Directory.GetFiles(Token).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_manifest_signed_with_the_installation_key_verifies_with_its_fingerprint_and_not_with_another()
    {
        var signer = SigningToken.Open(Token);
        var folder = Path.Combine(_root, "report");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "a");
        ManifestWriter.Write(folder, ["a.txt"], signer);

        Assert.True(ManifestVerifier.Verify(folder, signer.PublicKey.Fingerprint()).Verified);
        var other = ManifestVerifier.Verify(folder, new string('0', 64));
        Assert.False(other.Verified);
        Assert.False(other.FingerprintAccepted);
        Assert.True(other.SignatureValid);
    }

    [Fact]
    public void A_folder_holding_someone_elses_files_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(Token);
        File.WriteAllText(Path.Combine(Token, "notes.txt"), "mine");

        var e = Assert.Throws<SigningTokenException>(() => SigningToken.Open(Token));

        Assert.Contains("notes.txt", e.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(Token).Select(Path.GetFileName));
    }

    [Fact]
    public void A_key_other_users_can_read_is_refused_and_so_is_a_link_or_a_file_as_the_token()
    {
        SigningToken.Open(Token);
        var key = Path.Combine(Token, SigningToken.KeyFile);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Contains("can be read by other users", Assert.Throws<SigningTokenException>(() => SigningToken.Open(Token)).Message);

        var link = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(link, Token);
        Assert.Contains("symbolic link", Assert.Throws<SigningTokenException>(() => SigningToken.Open(link)).Message);

        var file = Path.Combine(_root, "file");
        File.WriteAllText(file, "");
        Assert.Contains("not a folder", Assert.Throws<SigningTokenException>(() => SigningToken.Open(file)).Message);
    }

    [Fact]
    public void An_empty_folder_the_user_made_open_to_others_is_closed_before_the_key_goes_in()
    {
        Directory.CreateDirectory(Token);
        File.SetUnixFileMode(Token, (UnixFileMode)Convert.ToInt32("755", 8));

        SigningToken.Open(Token);

        Assert.Equal((UnixFileMode)Convert.ToInt32("700", 8), File.GetUnixFileMode(Token));
    }

    [Fact]
    public void The_token_is_the_option_else_the_variable_else_under_the_users_data_directory()
    {
        var env = new Dictionary<string, string?> { ["HOME"] = "/home/u" };

        Assert.Equal("/home/u/.local/share/cmksim/signing", SigningToken.Resolve(null, env.GetValueOrDefault));
        env["XDG_DATA_HOME"] = "relative/ignored";
        Assert.Equal("/home/u/.local/share/cmksim/signing", SigningToken.Resolve(null, env.GetValueOrDefault));
        env["XDG_DATA_HOME"] = "/data";
        Assert.Equal("/data/cmksim/signing", SigningToken.Resolve(null, env.GetValueOrDefault));
        env[SigningToken.Variable] = "/tokens/a";
        Assert.Equal("/tokens/a", SigningToken.Resolve(null, env.GetValueOrDefault));
        Assert.Equal("/tokens/b", SigningToken.Resolve("/tokens/b", env.GetValueOrDefault));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
