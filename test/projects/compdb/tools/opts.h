/* A tool's own opts.h: the compile command names include/, so this one is not meant. */
#pragma once
#define SD_OPTION_SIZE sizeof(PSECURITY_DESCRIPTOR)
