using System.Security.Cryptography;
using CmkSim.Crypto.Hsm;
using CmkSim.Domain.Keys;
using CmkSim.Tests.Support;
using Net.Pkcs11Interop.Common;

namespace CmkSim.Tests.Hsm;

public sealed class HsmErrorTests(HsmFixture fixture) : IClassFixture<HsmFixture>
{
    private readonly HsmToken _token = fixture.Hsm.Token("test-errors");

    [Fact]
    public void RSA_OAEP_256_is_refused_clearly_not_substituted()
    {
        _token.GenerateRsaKeyPair("errors/oaep256", 2048);

        var e = Assert.Throws<HsmException>(() => _token.Wrap("errors/oaep256", KeyWrapAlgorithm.RsaOaep256, new byte[32]));

        Assert.Equal(HsmError.AlgorithmNotSupported, e.Error);
        Assert.Contains("RSA-OAEP-256 is not supported by this HSM", e.Message);
    }

    [Fact]
    public void SoftHSM2_itself_rejects_OAEP_with_SHA256_which_is_why_RSA_OAEP_256_is_refused()
    {
        _token.GenerateRsaKeyPair("errors/sha256-probe", 2048);
        using var session = _token.OpenRawSession();
        var f = _token.Factories;
        var sha256 = f.MechanismParamsFactory.CreateCkRsaPkcsOaepParams(
            ConvertUtils.UInt64FromCKM(CKM.CKM_SHA256), ConvertUtils.UInt64FromCKG(CKG.CKG_MGF1_SHA256),
            ConvertUtils.UInt64FromUInt32(CKZ.CKZ_DATA_SPECIFIED), null);
        using var mechanism = f.MechanismFactory.Create(CKM.CKM_RSA_PKCS_OAEP, sha256);

        var e = Assert.Throws<Pkcs11Exception>(() => session.Encrypt(mechanism, _token.PublicKeyHandle("errors/sha256-probe"), new byte[32]));

        Assert.Equal(CKR.CKR_ARGUMENTS_BAD, e.RV);
    }

    [Fact]
    public void An_unknown_algorithm_names_the_ones_that_exist()
    {
        _token.GenerateRsaKeyPair("errors/unknown-alg", 2048);

        var e = Assert.Throws<HsmException>(() => _token.Wrap("errors/unknown-alg", new KeyWrapAlgorithm("A256KW"), new byte[32]));

        Assert.Equal(HsmError.AlgorithmNotSupported, e.Error);
        Assert.Contains("RSA-OAEP, RSA-OAEP-256 and RSA1_5", e.Message);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(2047)]
    [InlineData(8192)]
    public void Unsupported_key_sizes_are_refused_with_rule_KV02(int bits)
    {
        var e = Assert.Throws<HsmException>(() => _token.GenerateRsaKeyPair($"errors/size-{bits}", bits));

        Assert.Equal(HsmError.KeySizeNotSupported, e.Error);
        Assert.Contains("KV-02", e.Message);
        Assert.False(_token.ContainsKey($"errors/size-{bits}"));
    }

    [Fact]
    public void An_unknown_key_id_says_so()
    {
        var e = Assert.Throws<HsmException>(() => _token.Unwrap("errors/never-created", KeyWrapAlgorithm.RsaOaep, new byte[256]));

        Assert.Equal(HsmError.KeyNotFound, e.Error);
        Assert.Contains("errors/never-created", e.Message);
    }

    [Fact]
    public void An_unknown_key_id_sets_this_process_view_beside_the_files_on_disk()
    {
        _token.GenerateRsaKeyPair("errors/present", 2048);

        var e = Assert.Throws<HsmException>(() => _token.Wrap("errors/absent", KeyWrapAlgorithm.RsaOaep, new byte[32]));

        // One process, one writer: its view and the token's folder agree, and one folder carries the label.
        Assert.Contains($"in the view of process {Environment.ProcessId}", e.Message);
        var seen = System.Text.RegularExpressions.Regex.Match(e.Message, @"(\d+) objects in all").Groups[1].Value;
        var onDisk = System.Text.RegularExpressions.Regex.Match(e.Message, @"on disk (\d+) object files").Groups[1].Value;
        Assert.NotEqual("0", seen);
        Assert.Equal(seen, onDisk);
        Assert.Contains($"1 token folder(s) labelled '{_token.Label}'", e.Message);
    }

    [Fact]
    public void Unwrapping_with_the_wrong_key_fails_as_a_decryption_failure()
    {
        _token.GenerateRsaKeyPair("errors/right", 2048);
        _token.GenerateRsaKeyPair("errors/wrong", 2048);
        var wrapped = _token.Wrap("errors/right", KeyWrapAlgorithm.RsaOaep, RandomNumberGenerator.GetBytes(32));

        var e = Assert.Throws<HsmException>(() => _token.Unwrap("errors/wrong", KeyWrapAlgorithm.RsaOaep, wrapped));

        Assert.Equal(HsmError.DecryptionFailed, e.Error);
    }

    [Fact]
    public void A_missing_library_gives_the_install_hint()
    {
        var e = Assert.Throws<HsmException>(() => SoftHsm.Open(new HsmOptions { LibraryPath = "/nonexistent/libsofthsm2.so" }));

        Assert.Equal(HsmError.LibraryNotFound, e.Error);
        Assert.Contains("apt-get install -y softhsm2", e.Message);
    }

    [Fact]
    public void A_library_path_that_is_a_FIFO_is_refused_without_opening_it()
    {
        // dlopen of a FIFO blocks until a writer comes: the path is typed before anything opens it.
        var fifo = Path.Combine(Directory.CreateTempSubdirectory("cmksim-lib-").FullName, "libsofthsm2.so");
        CmkSim.Tests.Reports.FileSystemItems.MakeFifo(fifo);

        var e = Assert.Throws<HsmException>(() => Pkcs11LibraryLocator.Locate(fifo));

        Assert.Equal(HsmError.LibraryNotLoadable, e.Error);
        Assert.Contains("is not a regular file", e.Message);
        Directory.Delete(Path.GetDirectoryName(fifo)!, recursive: true);
    }

    [Fact]
    public void The_system_token_directory_is_never_used()
    {
        Assert.NotEqual("/var/lib/softhsm/tokens", fixture.Hsm.TokenDirectory);
        Assert.StartsWith(Path.GetTempPath().TrimEnd('/'), fixture.Hsm.TokenDirectory);
        Assert.Contains(fixture.Hsm.TokenDirectory, File.ReadAllText(Path.Combine(fixture.Hsm.TokenDirectory, "softhsm2.conf")));
    }
}
