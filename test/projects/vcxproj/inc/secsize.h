/* Sizes of the security options this driver sets. */
#pragma once
#define SD_OPTION_SIZE sizeof(SECURITY_DESCRIPTOR)
