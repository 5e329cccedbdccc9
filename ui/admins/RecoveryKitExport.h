#pragma once

#include "authorization/Actor.h"

class QWidget;

namespace warden {

class CoreServices;

/// File → Export Recovery Kit…: asks where to write it, a passphrase (twice), then the
/// administrator's password and a fresh code; the core writes the audited kit. Restoring a kit
/// is offered where it is needed: on a computer without the key (RequestAccessDialog).
class RecoveryKitExport
{
public:
    static void run(QWidget* parent, CoreServices& core, const Actor& actor);
};

} // namespace warden
