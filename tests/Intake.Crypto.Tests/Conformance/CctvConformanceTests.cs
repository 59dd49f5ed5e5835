using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Payload;
using Intake.Crypto.Recipients;

namespace Intake.Crypto.Tests.Conformance;

/// <summary>
/// Every CCTV vector decrypts to exactly the expected outcome, and releases exactly the
/// expected plaintext (hashed), sequentially and in parallel, with both cipher backends.
/// </summary>
public sealed class CctvConformanceTests
{
    public static TheoryData<string, int, PayloadCipherBackend> Cases()
    {
        var data = new TheoryData<string, int, PayloadCipherBackend>();
        foreach (var name in CctvVector.Names())
        {
            data.Add(name, 1, PayloadCipherBackend.Bcl);
            data.Add(name, 4, PayloadCipherBackend.Bcl);
            data.Add(name, 3, PayloadCipherBackend.NSec);
        }
        return data;
    }

    [Fact]
    public void All_143_vectors_are_present()
    {
        Assert.Equal(143, CctvVector.Names().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_decrypts_to_expected_outcome_and_payload(string name, int threads, PayloadCipherBackend backend)
    {
        var vector = CctvVector.Load(name);
        var (outcome, released) = Decrypt(vector, new AgeDecryptOptions
        {
            Armor = vector.Armored ? ArmorMode.Armored : ArmorMode.Binary,
            MaxDegreeOfParallelism = threads,
            Backend = backend,
        });

        Assert.Equal(vector.Expect, outcome);
        if (vector.PayloadSha256 is not null)
        {
            Assert.Equal(vector.PayloadSha256, released);
        }
    }

    internal static (string Outcome, string ReleasedSha256) Decrypt(CctvVector vector, AgeDecryptOptions options)
    {
        var identities = new List<IIdentity>();
        foreach (var text in vector.Identities)
        {
            identities.Add(text.StartsWith(MlKem768X25519Identity.Hrp, StringComparison.Ordinal)
                ? MlKem768X25519Identity.Parse(text)
                : X25519Identity.Parse(text));
        }
        identities.AddRange(vector.Passphrases.Select(p => new ScryptIdentity(p)));
        if (identities.Count == 0)
        {
            // Vectors for unparseable files list no key; the API wants at least one.
            identities.Add(X25519Identity.Generate());
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string outcome;
        try
        {
            using var plaintext = AgeDecryptor.Open(new MemoryStream(vector.File), identities, options);
            var buffer = new byte[7919];
            int read;
            while ((read = plaintext.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
            outcome = "success";
        }
        catch (AgeFormatException e)
        {
            outcome = e.Failure switch
            {
                AgeFailure.Header => "header failure",
                AgeFailure.HeaderMac => "HMAC failure",
                AgeFailure.Payload => "payload failure",
                AgeFailure.Armor => "armor failure",
                _ => e.Failure.ToString(),
            };
        }
        catch (NoIdentityMatchedException)
        {
            outcome = "no match";
        }
        return (outcome, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
