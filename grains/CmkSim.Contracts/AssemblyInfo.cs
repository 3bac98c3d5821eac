// Contracts shared by the silo, the grains, the CLI and the tests (as in Orleans' ShoppingCart sample).
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("CmkSim.Tests")]
