/// Placeholder until the load stage lands.
enum TalliesModule {}
