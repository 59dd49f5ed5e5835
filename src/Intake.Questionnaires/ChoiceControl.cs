namespace Intake.Questionnaires;

/// <summary>How a single-choice question is shown: radio buttons for a few options, a drop-down list for many.</summary>
public enum ChoiceControl
{
    Radio,
    Select,
}
