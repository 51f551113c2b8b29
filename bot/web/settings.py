"""The web app's own knobs, read from the environment (CME_WEB_...)."""

from __future__ import annotations

from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CME_WEB_", extra="ignore")

    # A session left alone this long is ended: a laptop left open in a school office signs itself out.
    idle_minutes: int = 30
    # "auto": Secure cookies when the request came over https (directly, or via a proxy we trust below).
    cookie_secure: Literal["auto", "always", "never"] = "auto"
    # Trust X-Forwarded-Proto from a reverse proxy that terminates TLS in front of the service.
    trust_forwarded_proto: bool = False
