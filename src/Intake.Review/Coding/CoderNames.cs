namespace Intake.Review.Coding;

/// <summary>What a coder's name may be: it is stored plain and travels in coding exports, so short and printable.</summary>
public static class CoderNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength } && name.Trim() == name
        && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or ' ' or '@');

    /// <exception cref="ArgumentException">The name is empty, too long, padded with spaces or holds other than letters, digits, spaces and . _ - @.</exception>
    public static void Check(string? name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"A coder's name is 1 to {MaxLength} letters, digits, spaces and . _ - @, without leading or trailing spaces.", nameof(name));
        }
    }
}
