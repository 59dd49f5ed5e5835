using OpenQA.Selenium;

namespace Intake.EndToEnd.Browser;

/// <summary>The questionnaire page as a source uses it: typing, choosing, attaching, sending. No script involved.</summary>
public sealed class TestimonyForm(HeadlessChromium browser)
{
    public static readonly string[] ConsentQuestions = ["consent_statistics", "consent_quotes", "consent_un_and_courts"];

    /// <summary>Types into the text input or text area of question <paramref name="questionId"/>.</summary>
    public TestimonyForm Type(string questionId, string text)
    {
        var field = Field(questionId);
        field.Clear();
        field.SendKeys(text);
        return this;
    }

    /// <summary>Picks an option of a &lt;select&gt; by clicking it, as a finger would.</summary>
    public TestimonyForm Select(string questionId, string value)
    {
        browser.Find($"select#q-{questionId} option[value='{value}']").Click();
        return this;
    }

    /// <summary>Clicks the radio button or checkbox of question <paramref name="questionId"/> with this value.</summary>
    public TestimonyForm Tick(string questionId, string value)
    {
        var option = Option(questionId, value);
        if (!option.Selected)
        {
            option.Click();
        }
        return this;
    }

    /// <summary>Chooses files in the multiple file input: the paths, one a line, as the file picker hands them over.</summary>
    public TestimonyForm Attach(params string[] paths)
    {
        browser.Find("input[type=file]#files").SendKeys(string.Join("\n", paths));
        return this;
    }

    public void Send() => browser.ClickAndWaitForNavigation(browser.Find("form button[type=submit]"));

    public IWebElement Field(string questionId) => browser.Find($"#q-{questionId}");

    public IWebElement Option(string questionId, string value) => browser.Find($"input[name='{questionId}'][value='{value}']");

    /// <summary>The value a text input holds now, or a text area's text.</summary>
    public string ValueOf(string questionId) => Field(questionId).GetDomProperty("value") ?? string.Empty;

    public string SelectedOption(string questionId) =>
        browser.FindAll($"select#q-{questionId} option").Single(option => option.Selected).GetAttribute("value") ?? string.Empty;

    public IReadOnlyList<string> Ticked(string questionId) =>
        browser.FindAll($"input[name='{questionId}']").Where(option => option.Selected).Select(option => option.GetAttribute("value") ?? string.Empty).ToList();

    /// <summary>The error summary's entries: the id each links to, and its text.</summary>
    public IReadOnlyList<(string Target, string Text)> ErrorSummary() =>
        browser.FindAll(".error-summary li a")
            .Select(link => (new Uri(link.GetAttribute("href")!).Fragment.TrimStart('#'), link.Text))
            .ToList();
}
