using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Review.Ui;

/// <summary>
/// Who may use a running review UI: whoever first opens the link with the one-time token gets
/// the session secret as a cookie; the token is then spent, so a link left in a terminal's
/// scrollback, a history file or a screenshot opens nothing. There is one session per run, and
/// one form token (checked on every POST) that only pages of this session carry.
/// </summary>
internal sealed class UiSession
{
    private readonly Lock _gate = new();
    private readonly string _sessionSecret = NewSecret();
    private bool _linkSpent;

    // Cookies ignore the port: a name per port keeps two `review ui` runs from clobbering each other.
    public static string CookieName(int port) => $"review_session_{port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The secret every form of this session carries in a hidden field.</summary>
    public string FormToken { get; } = NewSecret();

    /// <summary>The one-time token of the printed link.</summary>
    public string LinkToken { get; } = NewSecret();

    /// <summary>Spends the one-time token if <paramref name="candidate"/> is it, and returns the session secret for the cookie.</summary>
    public bool TryRedeem(string? candidate, out string sessionSecret)
    {
        lock (_gate)
        {
            if (!_linkSpent && candidate is not null && SameSecret(candidate, LinkToken))
            {
                _linkSpent = true;
                sessionSecret = _sessionSecret;
                return true;
            }
        }
        sessionSecret = string.Empty;
        return false;
    }

    public bool IsSessionCookie(string? candidate) => candidate is not null && SameSecret(candidate, _sessionSecret);

    public bool IsFormToken(string? candidate) => candidate is not null && SameSecret(candidate, FormToken);

    // Constant time in the secret's content, so response timing cannot be used to guess it byte by byte.
    private static bool SameSecret(string candidate, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(secret));

    // 256 bits, URL- and cookie-safe.
    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
