namespace Intake.Questionnaires;

/// <summary>The form values of the two radio buttons of a yes/no question.</summary>
public static class YesNoValues
{
    public const string Yes = "yes";

    public const string No = "no";
}
