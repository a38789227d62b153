// format_test.cpp: thousands separators (issue 15).
#include "core/format.h"

#include <gtest/gtest.h>

namespace ae {
namespace {

TEST(Format, GroupsThousands) {
  EXPECT_EQ(group_thousands(0), "0");
  EXPECT_EQ(group_thousands(999), "999");
  EXPECT_EQ(group_thousands(1000), "1,000");
  EXPECT_EQ(group_thousands(1234), "1,234");
  EXPECT_EQ(group_thousands(10000), "10,000");
  EXPECT_EQ(group_thousands(100000), "100,000");
  EXPECT_EQ(group_thousands(1234567), "1,234,567");
  EXPECT_EQ(group_thousands(18446744073709551615ull), "18,446,744,073,709,551,615");
}

}  // namespace
}  // namespace ae
