// Deliberately violates the session boundary (the UI-free layer reaching into the ImGui app):
// tests/CMakeLists.txt checks that core_boundary.cmake catches it.
#pragma once
#include "app/panels.h"
