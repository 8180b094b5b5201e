// The few parts of s3rver (a loopback S3 stand-in for tests and `npm run cluster` trials) this project uses.
declare module "s3rver" {
  type Options = { address?: string; port?: number; silent?: boolean; directory?: string; configureBuckets?: { name: string }[] };
  export default class S3rver {
    constructor(options: Options);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
