// Cache tags shared by the cached reader queries and everything that invalidates them.

/** Every cached reader query carries this tag: any content change drops them all, which a small site can afford. */
export const CONTENT_TAG = "content";
