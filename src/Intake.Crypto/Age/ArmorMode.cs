namespace Intake.Crypto.Age;

/// <summary>Whether the input to decrypt is ASCII-armored.</summary>
public enum ArmorMode
{
    /// <summary>Armored if the first non-whitespace bytes are the PEM begin line, as the age CLI decides.</summary>
    Detect,

    /// <summary>Binary age file only.</summary>
    Binary,

    /// <summary>Armored only.</summary>
    Armored,
}
