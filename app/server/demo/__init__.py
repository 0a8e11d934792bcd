"""Beijing demo data: a deterministic generator, the seeder and the live simulator."""
