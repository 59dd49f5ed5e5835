namespace Intake.Server.Localization;

/// <summary>
/// The site in English: plain words, short sentences, for readers for whom English may be a
/// second language.
/// </summary>
internal static class EnglishSiteText
{
    public static SiteText Text { get; } = new()
    {
        Code = "en",
        LanguageName = "English",
        SiteTitle = "Testimonio",
        SkipToContent = "Skip to content",
        LanguageSwitchLabel = "Language",

        LandingHeading = "Tell what happened to you on the mission",
        LandingIntro =
        [
            "This is a safe, anonymous place to tell what you lived through on a work mission abroad: as a doctor, nurse, builder, seafarer, teacher, artist, coach or in any other job.",
            "You do not have to give your name. You do not have to create an account.",
            "Your testimony helps to document what happens on the missions, so that it becomes known and can be reported.",
        ],

        WhatHappensHeading = "What happens to your testimony",
        WhatHappensItems =
        [
            "Your testimony is encrypted as soon as it arrives: it is stored under a secret code. This server cannot read it.",
            "Only the review team reads it, on a computer that is never connected to the internet.",
            "We use it only in the ways you allow in the consent questions at the end of the form.",
            "What we publish will only be numbers (for example, how many people never saw their contract) or sentences without names or details that could identify you.",
            "We do not keep your internet address (IP) or the time you wrote. We keep only the day the testimony arrived.",
        ],

        WhoReadsHeading = "Who reads it",
        WhoReadsParagraphs =
        [
            "A small team of people who work on human rights. They read every testimony carefully and with respect.",
            "Nobody from any government reads it: not the government of Cuba, not the government of the mission country, not any other.",
        ],

        StaySafeHeading = "How to stay safer",
        StaySafeItems =
        [
            "Use Tor Browser. In its settings, set the security level to the highest, “Safest”.",
            "Use a phone or computer that the mission does not control or check. If the mission gave you the phone, or someone checks it, do not use it for this.",
            "Photos and documents carry hidden information: where they were made, the phone model, the name of the person who made them. Remove it before you send them, or send a screenshot or a photo of a printed copy.",
            "Do not tell anyone that you wrote here.",
            "You can leave any question blank. Only the consent questions need an answer.",
            "You can stop at any time. If you close the page before sending, nothing is sent.",
            "When you are done, close Tor Browser.",
        ],

        StartButton = "Start",

        FormHeading = "Your testimony",
        FormIntro =
        [
            "Answer only what you want to. You can leave any question blank, except the consent questions at the end.",
            "If you prefer, do not write your name or other people's names. You can tell what happened without them.",
            "Nothing is sent until you press the “Send testimony” button at the end.",
        ],
        RequiredMarker = "(required)",
        AttachmentsLabel = "Photos or documents (if you want)",
        AttachmentsHelp = "You can attach contracts, messages, photos or other documents, up to {0} in total. Before sending, remove the hidden information from photos, or send screenshots.",
        SubmitButton = "Send testimony",
        ErrorSummaryHeading = "Please check these answers",
        FilesNotKept = "For your safety, the files you chose were not kept. If you want to send them, choose them again.",

        ConfirmationHeading = "We received your testimony",
        ConfirmationParagraphs =
        [
            "Thank you for telling what you lived through. Your testimony arrived complete and is stored encrypted.",
            "The review team will read it on a computer that is never connected to the internet.",
            "You can close Tor Browser now. Do not tell anyone that you wrote here.",
        ],

        ErrorHeading = "There was a problem",
        ErrorTooLarge = "The files add up to more than {0}, which is the limit. This was not saved. Go back to the form and send fewer or smaller files.",
        ErrorTooManyFiles = "You can send up to {0} files. This was not saved. Go back to the form and choose fewer files.",
        ErrorBusy = "Too many people are sending testimonies right now. This was not saved. Wait a few minutes and try again.",
        ErrorUnavailable = "The service cannot accept testimonies right now. This was not saved. Please try again later.",
        ErrorDiskFull = "The service cannot accept more testimonies for now. This was not saved. Please try again in a few hours.",
        ErrorBadRequest = "We could not read what arrived. This can happen when the connection drops while sending. Go back to the form and try again.",
        ErrorNotFound = "This page does not exist. The address may be incomplete.",
        ErrorForbidden = "The form is no longer valid because too much time passed, or the page was opened through something that is not Tor Browser. For your safety, we did not accept it. Open the .onion address in Tor Browser, load the form again and try again.",
        ErrorServer = "Something failed on the server. It is not your fault. What you sent may not have been saved: wait a few minutes and try again.",
        BackToStart = "Back to the start",

        ValidationRequired = "This question needs an answer.",
        ValidationTooLong = "This text is too long: the limit is {0} characters. Please shorten it a little.",
        ValidationNotANumber = "Write only a number, in digits (for example: 40).",
        ValidationOutOfRange = "Write a number from {0} to {1}.",
        ValidationInvalidChoice = "Choose one of the options shown.",
    };
}
