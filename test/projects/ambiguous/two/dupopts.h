#pragma once
#define SD_OPTION_SIZE sizeof(SECURITY_DESCRIPTOR)
