using Intake.Review.Evidence;

namespace Intake.Review.Tests.Evidence;

public sealed class QuoteCheckerTests
{
    [Theory]
    [InlineData("El coordinador, Yoandy Pérez, guardaba los pasaportes.", "Yoandy Pérez")]
    [InlineData("Me lo dijo la doctora Gonzalez en la reunión.", "Gonzalez")]
    [InlineData("Llamé a JOSÉ para avisarle.", "JOSÉ")]
    [InlineData("María y yo trabajábamos doce horas.", "María")]
    public void Names_on_the_list_are_flagged_without_regard_to_accents_or_case(string quote, string name) =>
        AssertOnly(quote, FlagKind.Name, name);

    [Theory]
    [InlineData("Trabajábamos en la sala de rosa intensa del hospital.")]
    [InlineData("No había luz ni paz en aquel lugar.")]
    [InlineData("El jefe de la brigada nos vigilaba.")]
    public void Lowercase_words_and_words_off_the_list_are_not_names(string quote) => AssertNone(quote);

    [Fact]
    public void A_names_file_adds_names_to_the_shipped_list()
    {
        using var temp = new TempDirectory("names");
        var file = temp.WriteText("nombres.txt", "# nombres del equipo\nXochitl\nBrigadista Anacleta\n");
        var checker = new QuoteChecker(NameList.WithFile(file));

        var flags = checker.Check("Xochitl y Anacleta salieron antes; Pedro se quedó.");

        Assert.Equal(["Xochitl", "Anacleta", "Pedro"], flags.Select(flag => flag.Text));
        Assert.True(NameList.WithFile(file).Count > NameList.Shipped.Count);
        Assert.Empty(QuoteChecker.Default.Check("Xochitl salió antes."));
    }

    [Theory]
    [InlineData("Mi número era +53 5 234 5678 y lo vigilaban.", "+53 5 234 5678")]
    [InlineData("Llámame al 5234-5678 cuando puedas.", "5234-5678")]
    [InlineData("El teléfono de la oficina, (0212) 555-1234, nunca contestaba.", "(0212) 555-1234")]
    [InlineData("Escribí por WhatsApp al +58 412 555 1234.", "+58 412 555 1234")]
    [InlineData("En casa: 7 204 3311 de La Habana.", "7 204 3311")]
    public void Phone_numbers_are_flagged(string quote, string phone) => AssertOnly(quote, FlagKind.Phone, phone);

    [Theory]
    [InlineData("Estuve allí de 2015-2019 sin volver.")]
    [InlineData("Nos pagaban 1.500.000 bolívares al mes.")]
    [InlineData("Nos quitaban el 75 % del salario, unos 300 dólares.")]
    [InlineData("En 2017 nos mandaron a otro estado.")]
    public void Years_amounts_and_percentages_are_not_phones(string quote) => AssertNone(quote);

    [Theory]
    [InlineData("Mi correo era doctora.valdes@gmail.com, ya no lo uso.", "doctora.valdes@gmail.com")]
    [InlineData("Escríbanme a brigada_2019@nauta.cu por favor.", "brigada_2019@nauta.cu")]
    public void Email_addresses_are_flagged(string quote, string email) => AssertOnly(quote, FlagKind.Email, email);

    [Fact]
    public void An_at_sign_alone_is_not_an_email() => AssertNone("Nos veíamos @ la salida, a escondidas.");

    [Theory]
    [InlineData("El pasaporte K1234567 lo tenía la embajada.", "K1234567")]
    [InlineData("Mi carné de identidad 85031212345 quedó en La Habana.", "85031212345")]
    [InlineData("El contrato decía AB-123456 arriba.", "AB-123456")]
    [InlineData("El número del pasaporte era 4412907.", "4412907")]
    public void Passport_and_identity_numbers_are_flagged(string quote, string number) => AssertOnly(quote, FlagKind.DocumentNumber, number);

    [Theory]
    [InlineData("Trabajé 12 horas diarias en el CDI 5.")]
    [InlineData("Era la misión número 25 del año.")]
    [InlineData("Teníamos el modelo A4 del contrato.")]
    public void Short_numbers_and_codes_are_not_documents(string quote) => AssertNone(quote);

    [Theory]
    [InlineData("Llegué el 12/03/2019 a Caracas.", "12/03/2019")]
    [InlineData("Llegué el 12 de marzo de 2019 a Caracas.", "12 de marzo de 2019")]
    [InlineData("El 3 de septiembre nos quitaron el pasaporte.", "3 de septiembre")]
    [InlineData("La fecha del contrato era 2019-03-12.", "2019-03-12")]
    [InlineData("My contract began on March 12, 2019 as planned.", "March 12, 2019")]
    [InlineData("Salimos el 12.03.19 de madrugada.", "12.03.19")]
    public void Exact_dates_are_flagged(string quote, string date) => AssertOnly(quote, FlagKind.Date, date);

    [Theory]
    [InlineData("Llegué en marzo de 2019 y me fui en 2021.")]
    [InlineData("Eso pasó en el verano de 2018.")]
    public void A_month_or_a_year_alone_is_not_an_exact_date(string quote) => AssertNone(quote);

    [Fact]
    public void Several_flags_come_in_order_of_offset_with_their_positions()
    {
        const string quote = "Pedro me escribió el 12/03/2019 desde pedro@mail.com y el +53 5 234 5678.";

        var flags = QuoteChecker.Default.Check(quote);

        Assert.Equal([FlagKind.Name, FlagKind.Date, FlagKind.Email, FlagKind.Phone], flags.Select(flag => flag.Kind));
        Assert.All(flags, flag => Assert.Equal(flag.Text, quote.Substring(flag.Offset, flag.Length)));
        Assert.Equal(flags.Select(flag => flag.Offset).Order(), flags.Select(flag => flag.Offset));
    }

    private static void AssertOnly(string quote, FlagKind kind, string text)
    {
        var flag = Assert.Single(QuoteChecker.Default.Check(quote));
        Assert.Equal((kind, text, quote.IndexOf(text, StringComparison.Ordinal)), (flag.Kind, flag.Text, flag.Offset));
    }

    private static void AssertNone(string quote) => Assert.Empty(QuoteChecker.Default.Check(quote));
}
