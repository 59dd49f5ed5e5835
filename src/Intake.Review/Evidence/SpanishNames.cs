namespace Intake.Review.Evidence;

/// <summary>
/// The names list shipped with the tool: common Spanish and Cuban given names and surnames
/// (about 200 each, including the Y- names typical of Cuba since the 1970s). A team adds its
/// own with <c>--names FILE</c>; a capitalized word on either list is flagged in a quote.
/// </summary>
internal static class SpanishNames
{
    public const string GivenNames = """
        Adrián Alberto Alejandro Alexis Alfredo Alicia Ana Andrés Ángel Ángela Antonio Armando Arturo Beatriz Belkis
        Berta Carlos Carmen Carolina Catalina Cecilia Celia César Claudia Clara Concepción Consuelo Cristina Daniel
        Dania Daniela Dayami Dayana Dayron David Diana Diego Dolores Dulce Eduardo Elena Eliécer Elizabeth Elsa Emilio
        Enrique Ernesto Esperanza Esteban Eugenio Eva Fernando Fidel Francisco Gabriel Gisela Gloria Graciela Guillermo
        Gustavo Héctor Idalmis Ileana Inés Irma Isabel Ismael Iván Javier Jesús Joaquín Jorge José Josefina Juan Juana
        Julia Julio Laura Leonardo Liset Lisandra Lourdes Lucía Luis Luisa Lázaro Maikel Manuel Marcos Margarita María
        Mariela Mario Marta Martha Mercedes Miguel Milagros Mirta Mónica Nancy Natalia Nelson Nereida Niurka Noel Norma
        Odalys Olga Omar Orlando Osmany Osvaldo Pablo Patricia Pedro Rafael Ramón Raúl Regla Reinaldo Ricardo Roberto
        Rodolfo Rolando Rosa Rosario Rubén Sandra Santiago Sergio Silvia Sonia Susana Teresa Tomás Vicente Víctor
        Virginia Walter Xiomara Yadira Yamila Yaneisy Yanet Yaquelín Yasmani Yenisey Yilian Yoandy Yoel Yolanda Yordan
        Yordanka Yosvany Yudelkis Yulieta Yunior Yuniesky Yusimí Yuri Zoila Alain Arelis Bárbara Caridad Damaris Danay
        Deisy Denis Dunia Elio Erasmo Ernestina Evelio Félix Frank Geovanys Humberto Iraida Jaime Juliana Leticia Liuba
        Marlene Maritza Mayelín Migdalia Misleydis Nidia Onelia Orestes Pilar Reinier Rey Tania Ulises Vivian
        Wilfredo Yamilé Yohandry Yudith Zenaida
        """;

    public const string Surnames = """
        Abreu Acosta Aguilar Aguilera Alfonso Almeida Alonso Álvarez Arias Armas Ávila Baez Barrios Batista Benítez
        Bermúdez Betancourt Blanco Bravo Caballero Cabrera Calderón Calvo Campos Cano Cárdenas Carmona Carrasco
        Carrillo Castañeda Castellanos Castillo Castro Cepero Cervantes Chávez Cisneros Collazo Contreras Córdoba
        Cortés Crespo Cruz Cuesta Delgado Díaz Domínguez Duarte Duque Echevarría Espinosa Estévez Estrada Fajardo
        Feria Fernández Ferrer Figueroa Fleites Flores Fonseca Fuentes Gallardo Gallego Galván García Garrido Gil
        Gómez González Guerra Guerrero Gutiérrez Guzmán Hernández Herrera Hidalgo Ibarra Iglesias Jiménez Lago Lara
        Leal León Linares Llanes López Lorenzo Lozano Luna Machado Macías Madrigal Maldonado Marín Márquez Marrero
        Martín Martínez Medina Mejías Méndez Mendoza Meneses Mesa Milián Miranda Molina Montero Morales Moreno Muñoz
        Naranjo Navarro Nieves Núñez Ochoa Ojeda Oliva Olivera Ortega Ortiz Osorio Pacheco Padrón Palacios Pardo
        Paredes Peña Pérez Piñeiro Ponce Portales Prieto Puentes Quesada Quintana Quintero Ramírez Ramos Reyes Rivero
        Rivera Robaina Rodríguez Rojas Romero Rosales Rubio Ruiz Saavedra Salazar Salgado Sánchez Santana Santos
        Sarmiento Serrano Sierra Silva Soler Sosa Soto Suárez Tamayo Toledo Torres Trujillo Urquiza Valdés Valdivia
        Valle Vázquez Vega Velázquez Vera Vergara Vidal Villalobos Villanueva Zamora Zayas Zaldívar Alvarado Aranda
        Arencibia Ayala Borges Brito Cáceres Carballo Cordero Escobar Gálvez Hechavarría Labrada Lamas Lima Llerena
        Mederos Nápoles Oramas Pino Pupo Rondón Sotolongo Travieso Ulloa Verdecia
        """;
}
