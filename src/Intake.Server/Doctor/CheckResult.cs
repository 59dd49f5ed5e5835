namespace Intake.Server.Doctor;

/// <summary>One line of `intake doctor`: what was checked, whether it passed, and what was found or what to do.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail)
{
    public static CheckResult Pass(string name, string detail) => new(name, true, detail);

    public static CheckResult Fail(string name, string detail) => new(name, false, detail);

    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")}  {Name}: {Detail}";
}
