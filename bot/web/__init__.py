"""The AWO web app (aiohttp): the referral queue, case workflow and reports."""
