// Deliberately violates the core boundary: tests/CMakeLists.txt checks that core_boundary.cmake catches it.
#pragma once
#include "imgui.h"
