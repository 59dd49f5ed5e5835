using Intake.Crypto.Payload;

namespace Intake.Crypto.Age;

/// <summary>How <see cref="AgeDecryptor"/> reads a file.</summary>
public sealed record AgeDecryptOptions
{
    public ArmorMode Armor { get; init; } = ArmorMode.Detect;

    /// <summary>Threads opening payload chunks; 1 is sequential. The output is byte-identical either way.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public PayloadCipherBackend Backend { get; init; } = PayloadCipherBackend.Auto;

    /// <summary>Leave the input stream open when the decrypting stream is disposed.</summary>
    public bool LeaveOpen { get; init; }
}
