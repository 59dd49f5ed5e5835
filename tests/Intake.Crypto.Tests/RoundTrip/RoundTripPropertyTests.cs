using Intake.Crypto.Age;
using Intake.Crypto.Payload;

namespace Intake.Crypto.Tests.RoundTrip;

public sealed class RoundTripPropertyTests
{
    [Fact]
    public void Random_files_round_trip_for_any_recipients_threads_backend_and_armor()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var i = 0; i < 40; i++)
        {
            var size = RandomCase.Size(random, i);
            var plaintext = RandomCase.Bytes(random, size);
            var (recipients, identities) = RandomCase.Keys(random);
            var encryptOptions = new AgeEncryptOptions
            {
                Armor = random.Next(4) == 0,
                MaxDegreeOfParallelism = random.Next(1, 5),
                Backend = random.Next(2) == 0 ? PayloadCipherBackend.Bcl : PayloadCipherBackend.NSec,
            };
            var ciphertext = new MemoryStream();
            using (var encrypting = AgeEncryptor.Create(ciphertext, recipients, encryptOptions with { LeaveOpen = true }))
            {
                // Writes of random sizes, to exercise chunk and batch boundaries.
                for (var offset = 0; offset < size;)
                {
                    var count = Math.Min(size - offset, random.Next(1, 300_000));
                    encrypting.Write(plaintext, offset, count);
                    offset += count;
                }
            }
            var identity = identities[random.Next(identities.Length)];
            var decryptOptions = new AgeDecryptOptions { MaxDegreeOfParallelism = random.Next(1, 5) };

            ciphertext.Position = 0;
            using var decrypting = AgeDecryptor.Open(ciphertext, [identity], decryptOptions);
            var decrypted = RandomCase.ReadAll(decrypting, random);

            Assert.True(plaintext.AsSpan().SequenceEqual(decrypted), $"seed {seed}, case {i}, size {size}, {encryptOptions}, {decryptOptions}");
        }
    }

    [Fact]
    public void Whole_buffer_helpers_round_trip()
    {
        var identity = Recipients.MlKem768X25519Identity.Generate();
        var plaintext = "Me quitaron el pasaporte al llegar."u8.ToArray();

        var ciphertext = AgeEncryptor.Encrypt(plaintext, [identity.Recipient]);

        Assert.Equal(plaintext, AgeDecryptor.Decrypt(ciphertext, [identity]));
        Assert.StartsWith("age-encryption.org/v1\n-> mlkem768x25519 ", System.Text.Encoding.ASCII.GetString(ciphertext, 0, 60), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_ciphertext_decrypts_identically_on_one_or_many_threads()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var identity = Recipients.X25519Identity.Generate();
        foreach (var size in RandomCase.BoundarySizes.Append(random.Next(40 * 65536)))
        {
            var ciphertext = AgeEncryptor.Encrypt(RandomCase.Bytes(random, size), [identity.Recipient]);

            var sequential = AgeDecryptor.Decrypt(ciphertext, [identity], new AgeDecryptOptions { MaxDegreeOfParallelism = 1 });
            var parallel = AgeDecryptor.Decrypt(ciphertext, [identity], new AgeDecryptOptions { MaxDegreeOfParallelism = 4 });

            Assert.True(sequential.AsSpan().SequenceEqual(parallel), $"seed {seed}, size {size}");
        }
    }
}
