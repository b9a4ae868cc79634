/* An older header of the same name, which the project does not use: only its include directories tell. */
#pragma once
#define SD_OPTION_SIZE sizeof(PSECURITY_DESCRIPTOR)
