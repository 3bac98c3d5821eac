using System.Collections.Concurrent;
using System.Text;
using CmkSim.Domain.Keys;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace CmkSim.Crypto.Hsm;

/// <summary>
/// One SoftHSM2 token: its RSA key pairs (found by CKA_ID), wrap and unwrap through a session pool, and one
/// logged-in session held for the life of the process.
/// <para>
/// Key pair handles are cached by id, so a wrap or unwrap is one C_EncryptInit/C_Encrypt (or decrypt) pair and no
/// search. The cache can't go stale through this class: a destroy removes the entry before the objects go, inside the
/// token's exclusive section. An object destroyed behind its back (another process, a raw session) makes the next
/// call fail with an invalid handle; that call reports the key as not found and drops the entry. SoftHSM2 never
/// reuses an object handle within a process, so a stale handle can't name another key.
/// </para>
/// </summary>
public sealed class HsmToken : IDisposable
{
    private readonly ConcurrentDictionary<string, KeyPairHandles> _keys = new(StringComparer.Ordinal);
    private readonly Pkcs11Module _module;
    private readonly ISession _loginSession;
    private readonly HsmSessionPool _pool;

    private HsmToken(Pkcs11Module module, ISlot slot, string label, ISession loginSession)
    {
        _module = module;
        Slot = slot;
        Label = label;
        _loginSession = loginSession;
        _pool = new HsmSessionPool(slot, module.Factories, module.Options.MaxSessionsPerToken);
    }

    public string Label { get; }

    /// <summary>The slot now holding this token; for raw baselines and attribute audits only.</summary>
    public ISlot Slot { get; }

    public Pkcs11InteropFactories Factories => _module.Factories;

    /// <summary>PKCS#11 sessions this token's pool has opened; never more than the options' bound.</summary>
    public int SessionsOpened => _pool.Opened;

    internal static HsmToken OpenOrInitialize(Pkcs11Module module, string label)
    {
        var options = module.Options;
        var slot = FindSlot(module, label);
        if (slot is null && module.SharesTokenDirectory && TokenFolders.AnyLabelled(module.TokenDirectory, label))
        {
            // Another process created the token after this one loaded SoftHSM2, which reads its token list once. A new
            // token of the same label would be an empty twin: keys made in one would be missing in the other.
            slot = (module.TryRescan() ? FindSlot(module, label) : null)
                ?? throw new HsmException(HsmError.TokenUnavailable,
                    $"Token '{label}' exists in '{module.TokenDirectory}' but was created after this process loaded SoftHSM2, " +
                    "which reads its token list once, and this process has other tokens open, so it can't read the list again. " +
                    "Create every token before the processes that share the directory start (as cmksim's silos do).");
        }

        if (slot is null)
        {
            var free = module.Library.GetSlotList(SlotsType.WithTokenPresent)
                .FirstOrDefault(s => !s.GetTokenInfo().TokenFlags.TokenInitialized)
                ?? throw new HsmException(HsmError.TokenUnavailable, $"SoftHSM2 offers no free slot for token '{label}'.");
            free.InitToken(options.SecurityOfficerPin, label);
            slot = FindSlot(module, label)
                ?? throw new HsmException(HsmError.TokenUnavailable, $"Token '{label}' vanished after initialisation.");
            using var so = slot.OpenSession(SessionType.ReadWrite);
            so.Login(CKU.CKU_SO, options.SecurityOfficerPin);
            so.InitPin(options.UserPin);
            so.Logout();
        }

        var session = slot.OpenSession(SessionType.ReadWrite);
        try
        {
            session.Login(CKU.CKU_USER, options.UserPin);
        }
        catch (Pkcs11Exception e) when (e.RV is CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_LEN_RANGE or CKR.CKR_PIN_LOCKED)
        {
            session.Dispose();
            throw new HsmException(HsmError.WrongPin,
                $"The user PIN for token '{label}' in '{module.TokenDirectory}' is wrong ({e.RV}). " +
                "Pass the PIN the token was created with, or use a fresh token directory.", e);
        }
        catch (Pkcs11Exception e) when (e.RV == CKR.CKR_USER_ALREADY_LOGGED_IN)
        {
            // Another handle in this process logged in already; the login is shared.
        }

        return new HsmToken(module, slot, label, session);
    }

    public bool ContainsKey(string keyId) => TryFind(keyId) is not null;

    /// <summary>The CKA_IDs of every private key on the token.</summary>
    public IReadOnlyList<string> ListKeyIds() => _pool.Run(s =>
    {
        using var privateKeys = KeyTemplates.OfClass(Factories, CKO.CKO_PRIVATE_KEY);
        return s.Session.FindAllObjects(privateKeys.Attributes)
            .Select(h =>
            {
                using var id = new AttributeTemplate(s.Session.GetAttributeValue(h, [CKA.CKA_ID]));
                return Encoding.UTF8.GetString(id.Attributes[0].GetValueAsByteArray());
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    });

    /// <summary>Generates an RSA key pair whose private key is sensitive and not extractable.</summary>
    public RsaPublicKey GenerateRsaKeyPair(string keyId, int bits)
    {
        RsaKeySize.Validate(bits);
        var handles = _pool.RunExclusive(s =>
        {
            // Checked inside the exclusive section, so two callers can't both create the id.
            if (_keys.ContainsKey(keyId) || FindOn(s, keyId) is not null)
            {
                throw new HsmException(HsmError.OperationFailed, $"Token '{Label}' already holds a key with id '{keyId}'.");
            }

            using var mechanism = Factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS_KEY_PAIR_GEN);
            using var publicTemplate = KeyTemplates.Public(Factories, keyId, bits);
            using var privateTemplate = KeyTemplates.Private(Factories, keyId);
            s.Session.GenerateKeyPair(mechanism, publicTemplate.Attributes, privateTemplate.Attributes, out var publicKey, out var privateKey);
            return new KeyPairHandles(publicKey, privateKey);
        });
        _keys[keyId] = handles;
        return GetPublicKey(keyId);
    }

    public RsaPublicKey GetPublicKey(string keyId)
    {
        var handles = Find(keyId);
        return _pool.Run(s =>
        {
            // Read attributes own unmanaged copies too: freed here rather than by the finalizer thread.
            using var values = new AttributeTemplate(s.Session.GetAttributeValue(handles.Public, [CKA.CKA_MODULUS, CKA.CKA_PUBLIC_EXPONENT]));
            return new RsaPublicKey(values.Attributes[0].GetValueAsByteArray(), values.Attributes[1].GetValueAsByteArray());
        });
    }

    /// <summary>Removes the key pair from the token for good (a purge).</summary>
    public void DestroyKey(string keyId)
    {
        var handles = Find(keyId);
        _pool.RunExclusive(s =>
        {
            // Uncached before the objects go: no call that starts after this one can pick up the old handles.
            _keys.TryRemove(keyId, out _);
            s.Session.DestroyObject(handles.Private);
            s.Session.DestroyObject(handles.Public);
            return 0;
        });
    }

    /// <summary>Key Vault's wrapKey: encrypts key material with the public key, inside the HSM.</summary>
    public byte[] Wrap(string keyId, KeyWrapAlgorithm algorithm, byte[] key)
    {
        var handles = Find(keyId);
        var oaep = UsesOaep(algorithm);
        return Call(keyId, handles, "wrap", () => _pool.Run(s => s.Session.Encrypt(oaep ? s.RsaOaep : s.RsaPkcs1, handles.Public, key)));
    }

    /// <summary>
    /// <see cref="Wrap"/> for concurrent callers: waiting for a free session holds no thread, and the RSA operation runs
    /// on the thread pool.
    /// </summary>
    /// <param name="latency">Told the call's duration when it succeeds.</param>
    public Task<byte[]> WrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] key, IHsmLatencySink? latency = null)
    {
        var start = latency?.Started() ?? 0;
        var handles = Find(keyId);
        var oaep = UsesOaep(algorithm);
        return CallAsync(keyId, handles, "wrap", _pool.RunAsync(s => s.Session.Encrypt(oaep ? s.RsaOaep : s.RsaPkcs1, handles.Public, key)), start, latency);
    }

    /// <summary>Key Vault's unwrapKey: decrypts with the private key, which never leaves the HSM.</summary>
    public byte[] Unwrap(string keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey)
    {
        var handles = Find(keyId);
        var oaep = UsesOaep(algorithm);
        return Call(keyId, handles, "unwrap", () => _pool.Run(s => s.Session.Decrypt(oaep ? s.RsaOaep : s.RsaPkcs1, handles.Private, encryptedKey)));
    }

    /// <summary><see cref="Unwrap"/> for concurrent callers, as <see cref="WrapAsync"/>.</summary>
    public Task<byte[]> UnwrapAsync(string keyId, KeyWrapAlgorithm algorithm, byte[] encryptedKey, IHsmLatencySink? latency = null)
    {
        var start = latency?.Started() ?? 0;
        var handles = Find(keyId);
        var oaep = UsesOaep(algorithm);
        return CallAsync(keyId, handles, "unwrap", _pool.RunAsync(s => s.Session.Decrypt(oaep ? s.RsaOaep : s.RsaPkcs1, handles.Private, encryptedKey)), start, latency);
    }

    /// <summary>Signs a SHA-256 digest's message with RSA-PSS (SHA-256, MGF1-SHA256, 32-byte salt).</summary>
    public byte[] SignPss(string keyId, byte[] data)
    {
        var handles = Find(keyId);
        return Call(keyId, handles, "sign", () => _pool.Run(s =>
        {
            using var pss = Factories.MechanismParamsFactory.CreateCkRsaPkcsPssParams(
                ConvertUtils.UInt64FromCKM(CKM.CKM_SHA256), ConvertUtils.UInt64FromCKG(CKG.CKG_MGF1_SHA256), 32);
            using var mechanism = Factories.MechanismFactory.Create(CKM.CKM_SHA256_RSA_PKCS_PSS, pss);
            return s.Session.Sign(mechanism, handles.Private, data);
        }));
    }

    /// <summary>A new session of this token, for raw Pkcs11Interop baselines and attribute audits.</summary>
    public ISession OpenRawSession() => Slot.OpenSession(SessionType.ReadWrite);

    /// <summary>The private key's handle as a raw session sees it (handles are valid across this process's sessions).</summary>
    public IObjectHandle PrivateKeyHandle(string keyId) => Find(keyId).Private;

    public IObjectHandle PublicKeyHandle(string keyId) => Find(keyId).Public;

    public void Dispose()
    {
        _pool.Dispose();
        _loginSession.Dispose();
    }

    private static ISlot? FindSlot(Pkcs11Module module, string label) =>
        module.Library.GetSlotList(SlotsType.WithTokenPresent).FirstOrDefault(s =>
        {
            var info = s.GetTokenInfo();
            return info.TokenFlags.TokenInitialized && info.Label.Trim() == label;
        });

    private static bool UsesOaep(KeyWrapAlgorithm algorithm)
    {
        if (algorithm == KeyWrapAlgorithm.RsaOaep)
        {
            return true;
        }

        if (algorithm == KeyWrapAlgorithm.Rsa15)
        {
            return false;
        }

        if (algorithm == KeyWrapAlgorithm.RsaOaep256)
        {
            throw new HsmException(HsmError.AlgorithmNotSupported,
                "RSA-OAEP-256 is not supported by this HSM: SoftHSM2 2.6.1 does RSA-OAEP with SHA-1/MGF1-SHA1 only " +
                "(SHA-256 parameters return CKR_ARGUMENTS_BAD). Use RSA-OAEP.");
        }

        throw new HsmException(HsmError.AlgorithmNotSupported,
            $"Unknown key wrap algorithm '{algorithm.Name}'; Key Vault's are RSA-OAEP, RSA-OAEP-256 and RSA1_5.");
    }

    private T Call<T>(string keyId, KeyPairHandles handles, string operation, Func<T> call)
    {
        try
        {
            var result = call();
            HsmActivity.Completed(operation);
            return result;
        }
        catch (Pkcs11Exception e)
        {
            throw Translate(keyId, handles, operation, e);
        }
    }

    private async Task<T> CallAsync<T>(string keyId, KeyPairHandles handles, string operation, Task<T> call, long start, IHsmLatencySink? latency)
    {
        try
        {
            var result = await call.ConfigureAwait(false);
            HsmActivity.Completed(operation);
            latency?.Completed(start);
            return result;
        }
        catch (Pkcs11Exception e)
        {
            throw Translate(keyId, handles, operation, e);
        }
    }

    private HsmException Translate(string keyId, KeyPairHandles handles, string operation, Pkcs11Exception e)
    {
        if (e.RV is CKR.CKR_KEY_HANDLE_INVALID or CKR.CKR_OBJECT_HANDLE_INVALID)
        {
            // The key pair was destroyed behind this token's back: forget these handles (only these: a key generated
            // since under the same id keeps its own), so the next call searches.
            _keys.TryRemove(new KeyValuePair<string, KeyPairHandles>(keyId, handles));
            return new HsmException(HsmError.KeyNotFound,
                $"Token '{Label}' no longer holds key '{keyId}' (it was destroyed outside this process's HSM layer).", e);
        }

        if (e.RV is CKR.CKR_ENCRYPTED_DATA_INVALID or CKR.CKR_ENCRYPTED_DATA_LEN_RANGE
            or CKR.CKR_GENERAL_ERROR or CKR.CKR_FUNCTION_FAILED or CKR.CKR_DATA_LEN_RANGE)
        {
            return new HsmException(operation == "unwrap" ? HsmError.DecryptionFailed : HsmError.OperationFailed,
                $"HSM {operation} with key '{keyId}' failed ({e.RV}): the data was not made by this key, or is damaged.", e);
        }

        return new HsmException(HsmError.OperationFailed, $"HSM {operation} with key '{keyId}' failed ({e.RV}).", e);
    }

    private KeyPairHandles Find(string keyId) =>
        TryFind(keyId) ?? throw new HsmException(HsmError.KeyNotFound,
            $"Token '{Label}' holds no key with id '{keyId}' ({Objects(keyId)} in the view of process {Environment.ProcessId}; " +
            $"{TokenFolders.Describe(_module.TokenDirectory, Label, Slot.GetTokenInfo().SerialNumber)}). " +
            "Create the key first, or check the key name and version.");

    /// <summary>
    /// How many public and private key objects carry the id (a pair is one of each, so 0 and 2 both mean "no pair"), and
    /// how many token objects this process sees in all: set beside the files on disk, it tells a stale view from a
    /// missing key.
    /// </summary>
    private string Objects(string keyId) => _pool.Run(s =>
    {
        var (pub, priv) = FindAll(s, keyId);
        return $"{pub.Count} public and {priv.Count} private objects with that id, {s.Session.FindAllObjects([]).Count} objects in all";
    });

    private KeyPairHandles? TryFind(string keyId)
    {
        if (_keys.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        var found = _pool.Run(s => FindOn(s, keyId));
        if (found is not null)
        {
            _keys[keyId] = found;
        }

        return found;
    }

    private KeyPairHandles? FindOn(PooledSession s, string keyId)
    {
        var (pub, priv) = FindAll(s, keyId);
        return pub.Count == 1 && priv.Count == 1 ? new KeyPairHandles(pub[0], priv[0]) : null;
    }

    private (List<IObjectHandle> Public, List<IObjectHandle> Private) FindAll(PooledSession s, string keyId)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        using var publicTemplate = KeyTemplates.ById(Factories, CKO.CKO_PUBLIC_KEY, id);
        using var privateTemplate = KeyTemplates.ById(Factories, CKO.CKO_PRIVATE_KEY, id);
        return (s.Session.FindAllObjects(publicTemplate.Attributes), s.Session.FindAllObjects(privateTemplate.Attributes));
    }
}
