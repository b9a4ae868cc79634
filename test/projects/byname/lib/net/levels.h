#pragma once
#define SECURITY_LEVEL IPPROTO_TCP
