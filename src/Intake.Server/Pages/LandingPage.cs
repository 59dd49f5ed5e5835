using Intake.Server.Localization;

namespace Intake.Server.Pages;

/// <summary>What the service is, what happens to a testimony, who reads it, how to stay safer.</summary>
internal static class LandingPage
{
    public static string Render(SiteText text) => Layout.Render(text, text.LandingHeading, "/", $"""
        <h1>{Html.Encode(text.LandingHeading)}</h1>
        {Html.Paragraphs(text.LandingIntro)}
        <h2>{Html.Encode(text.WhatHappensHeading)}</h2>
        {Html.List(text.WhatHappensItems)}
        <h2>{Html.Encode(text.WhoReadsHeading)}</h2>
        {Html.Paragraphs(text.WhoReadsParagraphs)}
        <h2>{Html.Encode(text.StaySafeHeading)}</h2>
        {Html.List(text.StaySafeItems)}
        <p><a class="button" href="/form?lang={text.Code}">{Html.Encode(text.StartButton)}</a></p>
        """);
}
