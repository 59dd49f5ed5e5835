namespace Intake.AgeCli.Commands;

/// <summary>The options of the encrypt/decrypt command line, parsed.</summary>
public sealed record CryptSettings(
    bool Decrypt,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> RecipientFiles,
    IReadOnlyList<string> IdentityFiles,
    bool Passphrase,
    string? PassphraseFile,
    bool Armor,
    string? Output,
    int Threads,
    string? Input);
