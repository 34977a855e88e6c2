using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace ErmPortal.Web.Infrastructure.Identity;

/// <summary>
/// The certificate that encrypts the data-protection keys stored in the database. The keys sign every cookie and
/// set-password link, so a copy of the database must not be enough to forge them: the certificate lives outside it.
/// </summary>
public class KeyEncryptionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Where Development and test runs keep the certificate they make for themselves, relative to the content root.</summary>
    public const string GeneratedCertificatePath = "data/keys/data-protection.pfx";

    /// <summary>A PFX file holding the certificate and its private key; relative paths start at the content root.</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before a rotation: they only decrypt the keys written under them.</summary>
    public List<CertificateFile> PreviousCertificates { get; set; } = [];
}

public class CertificateFile
{
    public string Path { get; set; } = "";
    public string? Password { get; set; }
}

public static class KeyEncryption
{
    public static IServiceCollection AddKeyEncryption(this IServiceCollection services)
    {
        services.AddOptions<KeyEncryptionOptions>().BindConfiguration(KeyEncryptionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyEncryptionOptions>, KeyEncryptionOptionsValidator>();
        services.AddSingleton<KeyEncryptionCertificates>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyEncryptionCertificates, ILoggerFactory>((options, certificates, loggers) =>
            options.XmlEncryptor = new CertificateKeyEncryptor(new CertificateXmlEncryptor(certificates.Current, loggers)));
        return services;
    }

    /// <summary>Development and the tests make their own certificate; every other environment is given one.</summary>
    internal static bool MayGenerate(IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    internal static string FullPath(IHostEnvironment env, string path) => Path.GetFullPath(path, env.ContentRootPath);

    internal static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
}

/// <summary>Refuses to start a portal whose keys would be stored unencrypted, or whose certificate cannot be opened.</summary>
public class KeyEncryptionOptionsValidator(IHostEnvironment env) : IValidateOptions<KeyEncryptionOptions>
{
    internal static string NotConfigured(IHostEnvironment env) =>
        $"DataProtection:CertificatePath is not set. In {env.EnvironmentName} the portal needs a certificate (a PFX file, with " +
        "DataProtection:CertificatePassword) to encrypt the keys that protect sign-ins; without it a copy of the database could " +
        "forge any session. See Configuration in README.md.";

    public ValidateOptionsResult Validate(string? name, KeyEncryptionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
            return KeyEncryption.MayGenerate(env)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(NotConfigured(env));
        var failures = new List<string>();
        var files = new[] { new CertificateFile { Path = options.CertificatePath, Password = options.CertificatePassword } }.Concat(options.PreviousCertificates);
        foreach (var file in files)
        {
            var path = KeyEncryption.FullPath(env, file.Path);
            if (!File.Exists(path))
            {
                if (!(KeyEncryption.MayGenerate(env) && file.Path == options.CertificatePath))
                    failures.Add($"The data-protection certificate {path} does not exist.");
                continue;
            }
            try
            {
                using var certificate = KeyEncryption.Load(path, file.Password);
                if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
                    failures.Add($"The data-protection certificate {path} holds no RSA private key.");
            }
            catch (CryptographicException ex)
            {
                failures.Add($"The data-protection certificate {path} cannot be opened (is the password right?): {ex.Message}");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>The current certificate and the ones before it, loaded once; Development and tests make theirs on first use.</summary>
public class KeyEncryptionCertificates(IOptions<KeyEncryptionOptions> options, IHostEnvironment env, ILogger<KeyEncryptionCertificates> logger)
{
    private readonly Lazy<X509Certificate2> _current = new(() => LoadOrGenerate(options.Value, env, logger));
    private readonly Lazy<IReadOnlyList<X509Certificate2>> _previous = new(() =>
        options.Value.PreviousCertificates.Select(f => KeyEncryption.Load(KeyEncryption.FullPath(env, f.Path), f.Password)).ToList());

    public X509Certificate2 Current => _current.Value;

    public IEnumerable<X509Certificate2> All => _previous.Value.Prepend(Current);

    private static X509Certificate2 LoadOrGenerate(KeyEncryptionOptions options, IHostEnvironment env, ILogger logger)
    {
        var configured = !string.IsNullOrWhiteSpace(options.CertificatePath);
        // Commands that do not start the server (invite-admin) skip the start-up check, so they are told here.
        if (!configured && !KeyEncryption.MayGenerate(env))
            throw new InvalidOperationException(KeyEncryptionOptionsValidator.NotConfigured(env));
        var path = KeyEncryption.FullPath(env, configured ? options.CertificatePath! : KeyEncryptionOptions.GeneratedCertificatePath);
        if (!File.Exists(path) && KeyEncryption.MayGenerate(env))
            Generate(path, options.CertificatePassword, logger);
        return KeyEncryption.Load(path, options.CertificatePassword);
    }

    /// <summary>
    /// A self-signed RSA certificate, written whole or not at all: two portals starting together on one folder both
    /// end up with the one that was moved into place first.
    /// </summary>
    private static void Generate(string path, string? password, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=ErmPortal data protection (development)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(10));
        var staging = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        // Only the portal's own user may read the private key.
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(staging, file)) stream.Write(certificate.Export(X509ContentType.Pfx, password));
        try
        {
            File.Move(staging, path, overwrite: false);
            logger.LogInformation("Made a data-protection certificate for this machine at {Path}", path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(staging);
        }
    }
}

/// <summary>
/// Encrypts as the framework's certificate encryptor does, but names <see cref="CertificateKeyDecryptor"/> to read the
/// key back: the framework's decryptor finds certificates only in the machine's store or in options it keeps internal,
/// while ours are files named in configuration (read when the first key is needed, so tests can set their own).
/// </summary>
public class CertificateKeyEncryptor(IXmlEncryptor inner) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(inner.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}

/// <summary>Decrypts a stored key with the current certificate or any previous one (see <see cref="KeyEncryptionOptions"/>).</summary>
public class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        using (var reader = encryptedElement.CreateReader()) document.Load(reader);
        new WithCertificates(document, services.GetRequiredService<KeyEncryptionCertificates>().All).DecryptDocument();
        return XElement.Parse(document.DocumentElement!.OuterXml);
    }

    private sealed class WithCertificates(XmlDocument document, IEnumerable<X509Certificate2> certificates) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            var useOaep = encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl;
            foreach (var certificate in certificates)
            {
                using var rsa = certificate.GetRSAPrivateKey();
                if (rsa is null) continue;
                try { return DecryptKey(encryptedKey.CipherData.CipherValue!, rsa, useOaep); }
                catch (CryptographicException) { /* written under another certificate: try the next */ }
            }
            throw new CryptographicException("No configured data-protection certificate decrypts this key.");
        }
    }
}
