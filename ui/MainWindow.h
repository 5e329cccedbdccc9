#pragma once

#include "authorization/Actor.h"

#include <QMainWindow>

namespace warden {

class CoreServices;

/// The console's main window: assembles the screens and owns the shared actions. The status
/// bar always says who is signed in and with which roles.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CoreServices& core, Actor actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] const Actor& actor() const { return m_actor; }

private:
    void buildStatusBar();

    CoreServices& m_core;
    Actor m_actor;
};

} // namespace warden
