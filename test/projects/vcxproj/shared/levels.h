/* The level every option of this driver is set at. */
#pragma once
#define SECURITY_LEVEL IPPROTO_TCP
