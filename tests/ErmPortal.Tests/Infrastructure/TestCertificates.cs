using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ErmPortal.Tests.Infrastructure;

/// <summary>Certificates for the data-protection keys of portals started outside Development, which make none of their own.</summary>
public static class TestCertificates
{
    public static string Create(string path, string password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ErmPortal test data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
