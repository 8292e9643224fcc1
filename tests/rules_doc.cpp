// Prints docs/rules.md from the rule catalogue: ./build/tests/inclusio_rules_doc > docs/rules.md
#include <inclusio/validate.hpp>

#include <iostream>

int main() { std::cout << inclusio::rules_markdown(); }
